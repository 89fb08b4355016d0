import type { Db } from "@/lib/db";
import { fromDateColumn } from "@/lib/dates/calendar";
import { DomainError } from "@/lib/errors";

type Reader = Pick<Db, "realEstateCertificate" | "propertyUnit">;

export type PropertyFacts = {
  unit: {
    id: string;
    unitNo: string;
    address: string;
    district: string;
    buildingArea: string;
    usage: string;
    floor: number;
    totalFloors: number;
    builtYear: number;
  };
  certificate: { id: string; certNo: string; issuedOn: string; purchasePrice: string };
  owners: { idNumber: string; name: string; sharePercent: string }[];
  activeMortgages: {
    id: string;
    registrationNo: string;
    mortgagee: string;
    securedAmount: string;
    registeredAt: Date;
    loanId: string | null;
  }[];
};

type UnitRow = {
  id: string;
  unitNo: string;
  address: string;
  district: string;
  buildingArea: { toFixed(dp: number): string };
  usage: string;
  floor: number;
  totalFloors: number;
  builtYear: number;
};

/** A registry unit as the loan flow shows it (area with two decimals). */
export function unitFacts(unit: UnitRow): PropertyFacts["unit"] {
  const { id, unitNo, address, district, usage, floor, totalFloors, builtYear } = unit;
  return { id, unitNo, address, district, buildingArea: unit.buildingArea.toFixed(2), usage, floor, totalFloors, builtYear };
}

/**
 * What the registry knows about a home, from its certificate number (不动产权证书号) or its unit
 * number (不动产单元号): the unit, its VALID certificate, the owners, the mortgages in force.
 * Errors: UNKNOWN_PROPERTY (field property), CERTIFICATE_CANCELLED (field property: the typed
 * certificate was replaced by a later one; details certNo of the valid one).
 */
export async function loadPropertyFacts(db: Reader, certificateOrUnitNo: string, field = "property"): Promise<PropertyFacts> {
  const key = certificateOrUnitNo.trim().replace(/（/g, "(").replace(/）/g, ")");
  if (!key) throw new DomainError("UNKNOWN_PROPERTY", { field });
  const byCert = await db.realEstateCertificate.findUnique({ where: { certNo: key }, select: { unitId: true, status: true } });
  const unit = await db.propertyUnit.findUnique({
    where: byCert ? { id: byCert.unitId } : { unitNo: key.toUpperCase() },
    include: {
      certificates: {
        where: { status: "VALID" },
        include: { owners: { orderBy: { sharePercent: "desc" } } },
        orderBy: { issuedOn: "desc" },
        take: 1,
      },
      mortgages: { where: { status: "REGISTERED" }, orderBy: { registeredAt: "asc" } },
    },
  });
  const certificate = unit?.certificates[0];
  if (!unit || !certificate) throw new DomainError("UNKNOWN_PROPERTY", { field });
  if (byCert && byCert.status !== "VALID")
    throw new DomainError("CERTIFICATE_CANCELLED", { field, details: { certNo: certificate.certNo } });
  return {
    unit: unitFacts(unit),
    certificate: {
      id: certificate.id,
      certNo: certificate.certNo,
      issuedOn: fromDateColumn(certificate.issuedOn),
      purchasePrice: certificate.purchasePrice.toFixed(2),
    },
    owners: certificate.owners.map((o) => ({ idNumber: o.idNumber, name: o.name, sharePercent: o.sharePercent.toFixed(2) })),
    activeMortgages: unit.mortgages.map((m) => ({
      id: m.id,
      registrationNo: m.registrationNo,
      mortgagee: m.mortgagee,
      securedAmount: m.securedAmount.toFixed(2),
      registeredAt: m.registeredAt,
      loanId: m.loanId,
    })),
  };
}
