import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { normalizeResidentId } from "@/lib/identity/resident-id";

/** The depositor a teller applies for, by the ID number on the card they were handed. */
export async function findDepositorByIdNumber(idNumber: string): Promise<{ id: string } | null> {
  return db.depositor.findUnique({ where: { idNumber: normalizeResidentId(idNumber) }, select: { id: true } });
}

/** The applicant's depositor id at the window; an ID number of no depositor is APPLICANT_NOT_FOUND (field idNumber). */
export async function applicantAtWindow(idNumber: string): Promise<string> {
  const depositor = await findDepositorByIdNumber(idNumber);
  if (!depositor) throw new DomainError("APPLICANT_NOT_FOUND", { field: "idNumber" });
  return depositor.id;
}
