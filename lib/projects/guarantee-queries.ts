import "server-only";
import { db } from "@/lib/db";
import { fromDateColumn } from "@/lib/dates/calendar";
import { displayYuan } from "@/lib/money";
import { GUARANTEE_STATUS_LABELS } from "@/lib/projects/labels";

export type StageGuaranteeDto = {
  developerName: string;
  projectName: string;
  projectNo: string;
  agreementNo: string | null;
  amount: string;
  status: "ACTIVE" | "RELEASED";
  statusLabel: string;
  startsOn: string;
  releasedOn: string | null;
};

/** The developer's stage guarantee of a loan (new homes only), for the case and loan pages. */
export async function getStageGuaranteeForLoan(loanId: string): Promise<StageGuaranteeDto | null> {
  const g = await db.stageGuarantee.findUnique({
    where: { loanId },
    include: { developer: { select: { name: true } }, project: { select: { name: true, projectNo: true, agreementNo: true } } },
  });
  if (!g) return null;
  return {
    developerName: g.developer.name,
    projectName: g.project.name,
    projectNo: g.project.projectNo,
    agreementNo: g.project.agreementNo,
    amount: displayYuan(g.amount),
    status: g.status,
    statusLabel: GUARANTEE_STATUS_LABELS[g.status],
    startsOn: fromDateColumn(g.startsOn),
    releasedOn: g.releasedOn ? fromDateColumn(g.releasedOn) : null,
  };
}
