import "server-only";
import { db } from "@/lib/db";
import { money } from "@/lib/money";

export type OwnedPropertyDto = {
  certNo: string;
  unitNo: string;
  address: string;
  area: string;
  owners: string;
  /** A registered (unreleased) mortgage: such a unit cannot secure a new loan. */
  mortgaged: boolean;
};

/**
 * The valid certificates on which any of `idNumbers` (the applicant, the spouse) is an owner, so
 * the teller picks the property instead of typing its number.
 */
export async function listPropertiesOwnedBy(idNumbers: string[]): Promise<OwnedPropertyDto[]> {
  if (idNumbers.length === 0) return [];
  const certs = await db.realEstateCertificate.findMany({
    where: { status: "VALID", owners: { some: { idNumber: { in: idNumbers } } } },
    orderBy: { issuedOn: "desc" },
    take: 10,
    select: {
      certNo: true,
      unit: { select: { unitNo: true, address: true, buildingArea: true } },
      owners: { select: { name: true, sharePercent: true } },
      mortgages: { where: { status: "REGISTERED" }, select: { id: true } },
    },
  });
  return certs.map((c) => ({
    certNo: c.certNo,
    unitNo: c.unit.unitNo,
    address: c.unit.address,
    area: money(c.unit.buildingArea).toFixed(2),
    owners: c.owners.map((o) => `${o.name}（${money(o.sharePercent).toFixed(0)}%）`).join("、"),
    mortgaged: c.mortgages.length > 0,
  }));
}
