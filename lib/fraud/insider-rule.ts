/**
 * Insider controls (pure). Staff may not handle a case of themselves (their own resident ID
 * number, User.idNumber) or of a relative they declared (StaffRelative). The parties of a case are
 * the applicant and any co-applicant.
 */
export type StaffTies = { idNumber: string | null; relatives: { idNumber: string; name: string; relation: string }[] };

export type InsiderConflict = { kind: "SELF"; idNumber: string } | { kind: "RELATIVE"; idNumber: string; name: string; relation: string };

export function findInsiderConflict(staff: StaffTies, partyIdNumbers: readonly string[]): InsiderConflict | null {
  if (staff.idNumber && partyIdNumbers.includes(staff.idNumber)) return { kind: "SELF", idNumber: staff.idNumber };
  const relative = staff.relatives.find((r) => partyIdNumbers.includes(r.idNumber));
  return relative ? { kind: "RELATIVE", idNumber: relative.idNumber, name: relative.name, relation: relative.relation } : null;
}
