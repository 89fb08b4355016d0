import "server-only";
import { db } from "@/lib/db";
import { normalizeResidentId } from "@/lib/identity/resident-id";

/** The depositor a teller applies for, by the ID number on the card they were handed. */
export async function findDepositorByIdNumber(idNumber: string): Promise<{ id: string } | null> {
  return db.depositor.findUnique({ where: { idNumber: normalizeResidentId(idNumber) }, select: { id: true } });
}
