import type { Db } from "@/lib/db";
import type { ProjectAdmissionStatus } from "@/lib/generated/prisma/enums";
import { unitFacts, type PropertyFacts } from "@/lib/registry/property-facts";
import { ADMISSION_STATUS_LABELS } from "@/lib/projects/labels";

/** The project side of a new home (一手房): who sells it and whether the project is admitted. */
export type NewHomeFacts = {
  unitId: string;
  projectId: string;
  projectNo: string;
  projectName: string;
  admissionStatus: ProjectAdmissionStatus;
  admissionLabel: string;
  agreementNo: string | null;
  buildingNo: string | null;
  developer: { id: string; name: string; creditCode: string };
};

/** Shown where the registry would show a certificate number: the buyer has none yet. */
export const NO_CERTIFICATE_YET = "尚未办证（新建商品房）";

/**
 * A new home behind the typed unit number (不动产单元号), or null: a unit of a housing project that
 * has no valid certificate yet, i.e. still sold by the developer. Anything else (a certificate
 * number, a unit with a certificate) is a second-hand home and goes through the registry as before.
 * The returned PropertyFacts have no certificate: certNo says so, the price is left for the loan
 * request (the purchase contract's), and the developer stands as the seller.
 */
export async function findNewHomeUnit(
  db: Pick<Db, "propertyUnit" | "realEstateCertificate" | "housingProject" | "projectBuilding" | "mortgage">,
  key: string,
): Promise<{ newHome: NewHomeFacts; property: PropertyFacts } | null> {
  const unitNo = key.trim().replace(/（/g, "(").replace(/）/g, ")").toUpperCase();
  if (!unitNo) return null;
  // NOTE: one query at a time (it runs inside transactions): no parallel includes.
  const unit = await db.propertyUnit.findUnique({ where: { unitNo } });
  if (!unit?.projectId) return null;
  if ((await db.realEstateCertificate.count({ where: { unitId: unit.id, status: "VALID" } })) > 0) return null;
  const project = await db.housingProject.findUniqueOrThrow({
    where: { id: unit.projectId },
    include: { developer: { select: { id: true, name: true, creditCode: true } } },
  });
  const building = unit.buildingId
    ? await db.projectBuilding.findUnique({ where: { id: unit.buildingId }, select: { buildingNo: true } })
    : null;
  const mortgages = await db.mortgage.findMany({ where: { unitId: unit.id, status: "REGISTERED" }, orderBy: { registeredAt: "asc" } });
  return {
    newHome: {
      unitId: unit.id,
      projectId: project.id,
      projectNo: project.projectNo,
      projectName: project.name,
      admissionStatus: project.admissionStatus,
      admissionLabel: ADMISSION_STATUS_LABELS[project.admissionStatus],
      agreementNo: project.agreementNo,
      buildingNo: building?.buildingNo ?? null,
      developer: project.developer,
    },
    property: {
      unit: unitFacts(unit),
      certificate: { id: "", certNo: NO_CERTIFICATE_YET, issuedOn: "", purchasePrice: "0.00" },
      owners: [
        {
          idNumber: project.developer.creditCode,
          name: `${project.developer.name}（开发商·${project.name}，${ADMISSION_STATUS_LABELS[project.admissionStatus]}）`,
          sharePercent: "100.00",
        },
      ],
      activeMortgages: mortgages.map((m) => ({
        id: m.id,
        registrationNo: m.registrationNo,
        mortgagee: m.mortgagee,
        securedAmount: m.securedAmount.toFixed(2),
        registeredAt: m.registeredAt,
        loanId: m.loanId,
      })),
    },
  };
}
