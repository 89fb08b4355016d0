import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

function createClient() {
  const adapter = new PrismaPg({ connectionString: env().DATABASE_URL, max: 10 });
  // Password hashes leave the database only where a use case asks for them explicitly.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { hpfDb?: Db };

/** The one Prisma client, reused across hot reloads in dev. */
export const db: Db = globalForDb.hpfDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.hpfDb = db;
