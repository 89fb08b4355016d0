import "server-only";
import { db } from "@/lib/db";

/** Readiness: true when the database answers `SELECT 1`. */
export async function pingDatabase(): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
