import type { Db } from "@/lib/db";
import { dateColumn, fromDateColumn } from "@/lib/dates/calendar";
import { BLACKLIST_YEARS_SETTING, blacklistYearsFrom } from "@/lib/fraud/blacklist-rule";
import type { StaffTies } from "@/lib/fraud/insider-rule";
import { normalizeCertNo, type RegistryRecord } from "@/lib/fraud/registry-check";

/** What the fraud checks read from the registry, the blacklist, staff ties and settings. */

export type CertificateFacts = {
  record: RegistryRecord;
  unitId: string;
  projectId: string | null;
  /** Issue dates of every certificate of the unit (each is a transfer), oldest first. */
  transfers: { certNo: string; issuedOn: string }[];
};

/** The registry's view of one certificate number, or null when it has no such certificate. */
export async function loadCertificateFacts(reader: Pick<Db, "realEstateCertificate">, certNo: string): Promise<CertificateFacts | null> {
  const cert = await reader.realEstateCertificate.findUnique({
    where: { certNo: normalizeCertNo(certNo) },
    select: {
      certNo: true,
      status: true,
      issuedOn: true,
      owners: { select: { idNumber: true, name: true }, orderBy: { sharePercent: "desc" } },
      unit: {
        select: {
          id: true,
          unitNo: true,
          buildingArea: true,
          projectId: true,
          certificates: { select: { certNo: true, status: true, issuedOn: true }, orderBy: { issuedOn: "asc" } },
        },
      },
    },
  });
  if (!cert) return null;
  const transfers = cert.unit.certificates.map((c) => ({ certNo: c.certNo, issuedOn: fromDateColumn(c.issuedOn) }));
  return {
    record: {
      certNo: cert.certNo,
      status: cert.status,
      issuedOn: fromDateColumn(cert.issuedOn),
      unitNo: cert.unit.unitNo,
      buildingArea: cert.unit.buildingArea.toFixed(2),
      owners: cert.owners,
      validCertNo: cert.unit.certificates.find((c) => c.status === "VALID")?.certNo ?? null,
    },
    unitId: cert.unit.id,
    projectId: cert.unit.projectId,
    transfers,
  };
}

export type ActiveBan = { id: string; idNumber: string; name: string; reason: string; startsOn: string; endsOn: string };

/** The longest-running ban in force on `asOf` for any of the ID numbers, or null. */
export async function findActiveBan(
  reader: Pick<Db, "blacklistEntry">,
  idNumbers: readonly string[],
  asOf: string,
): Promise<ActiveBan | null> {
  if (idNumbers.length === 0) return null;
  const day = dateColumn(asOf);
  const entry = await reader.blacklistEntry.findFirst({
    where: { idNumber: { in: [...idNumbers] }, liftedAt: null, startsOn: { lte: day }, endsOn: { gt: day } },
    orderBy: { endsOn: "desc" },
    select: { id: true, idNumber: true, name: true, reason: true, startsOn: true, endsOn: true },
  });
  return entry && { ...entry, startsOn: fromDateColumn(entry.startsOn), endsOn: fromDateColumn(entry.endsOn) };
}

/** A staff member's own ID number and declared relatives. */
export async function loadStaffTies(reader: Pick<Db, "user" | "depositor">, userId: string): Promise<StaffTies> {
  const user = await reader.user.findUnique({
    where: { id: userId },
    select: { idNumber: true, relatives: { select: { idNumber: true, name: true, relation: true } } },
  });
  const relatives = user?.relatives ?? [];
  // The spouse counts without a declaration: the staff member's own depositor record names them
  // (either side of the marriage link), so an undeclared spouse is still refused.
  const self = user?.idNumber
    ? await reader.depositor.findUnique({
        where: { idNumber: user.idNumber },
        select: { spouse: { select: { idNumber: true, name: true } }, spouseOf: { select: { idNumber: true, name: true } } },
      })
    : null;
  const spouse = self?.spouse ?? self?.spouseOf ?? null;
  if (spouse && !relatives.some((r) => r.idNumber === spouse.idNumber)) {
    relatives.push({ idNumber: spouse.idNumber, name: spouse.name, relation: SPOUSE_FROM_DEPOSITOR_DATA });
  }
  return { idNumber: user?.idNumber ?? null, relatives };
}

/** The relation recorded for a spouse found in the depositor data rather than declared. */
export const SPOUSE_FROM_DEPOSITOR_DATA = "配偶";

/** The ban length for new entries (Setting fraud.blacklistYears, default 5). */
export async function blacklistYears(reader: Pick<Db, "setting">): Promise<number> {
  const row = await reader.setting.findUnique({ where: { key: BLACKLIST_YEARS_SETTING } });
  return blacklistYearsFrom(row?.value);
}
