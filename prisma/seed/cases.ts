import type { LoanStage } from "../../lib/cases/loan-stages";
import { stamp } from "./clock";
import type { SeedContext } from "./context";
import { Counter, IdSequence, pad } from "./ids";
import type { LoanPlan } from "./loans";
import type { Org } from "./org";
import type { Staff, StaffMember } from "./staff";

const NOTES: Record<LoanStage, string> = {
  SUBMITTED: "网上提交贷款申请",
  ACCEPTED: "材料齐全，受理贷款申请",
  RETURNED: "请补充：近六个月收入证明、购房合同原件",
  REJECTED: "申请金额超过可贷额度，不予受理",
  APPROVED: "审核通过",
  CONTRACTS_SIGNED: "借款合同、抵押合同已签订",
  MORTGAGE_REGISTERED: "抵押登记已办结",
  RECHECKED: "复核无误",
  DISBURSED: "贷款已发放",
};

/** Who handled a seeded loan case and when each stage was reached (contracts and disbursals use it). */
export type CaseActors = { teller: StaffMember; approver: StaffMember; rechecker: StaffMember; at: Map<LoanStage, Date> };

/** The one notice of a seeded return: every missing material at once. */
const RETURN_MATERIALS = ["近六个月收入证明", "购房合同原件"];

/** Stages a teller takes at the window; the rest are the reviewers' (disbursal follows the recheck). */
const TELLER_STAGES: LoanStage[] = ["ACCEPTED", "CONTRACTS_SIGNED", "MORTGAGE_REGISTERED"];

/**
 * One case (one LOAN matter) per loan plan that has one, with its timeline. Four-eyes holds: the
 * accepting teller never approves or rechecks, the approver's limit covers the principal, and the
 * rechecker (who also releases the disbursal) is a different reviewer from the approver.
 */
export function buildCases(ctx: SeedContext, org: Org, staff: Staff, plans: LoanPlan[]): Map<string, CaseActors> {
  const handled = new Map<string, CaseActors>();
  const rng = ctx.rng("cases");
  const caseIds = new IdSequence("case");
  const matterIds = new IdSequence("matter");
  const transitionIds = new IdSequence("trans");
  const caseNumbers = new Counter<string>(() => 1);
  const ordered = plans
    .filter((p) => p.withCase)
    .sort((a, b) => (a.dates[0]! < b.dates[0]! ? -1 : a.dates[0]! > b.dates[0]! ? 1 : a.loanId < b.loanId ? -1 : 1));

  for (const plan of ordered) {
    const teller = rng.pick(staff.tellers);
    const windowId = org.windowIds[teller.windowNo! - 1]!;
    const online = plan.path[plan.path.length - 1] !== "DISBURSED" && rng.chance(0.15);
    const approvers = staff.reviewers.filter((r) => r.approvalLimit !== undefined && plan.principal.lte(r.approvalLimit));
    const approver: StaffMember = rng.pick(approvers.length > 0 ? approvers : staff.reviewers);
    const rechecker = rng.pick(staff.reviewers.filter((r) => r.id !== approver.id));
    const caseId = caseIds.take();
    const matterId = matterIds.take();

    let previous: LoanStage | null = null;
    let lastAt = stamp(plan.dates[0]!, 9);
    let firstAt = lastAt;
    const at = new Map<LoanStage, Date>();
    plan.path.forEach((stage, i) => {
      const byTeller = TELLER_STAGES.includes(stage);
      const actor = byTeller ? teller : stage === "RECHECKED" || stage === "DISBURSED" ? rechecker : approver;
      const date = plan.dates[i]!;
      lastAt = stage === "DISBURSED" ? stamp(date, 15) : stamp(date, i === 0 ? rng.int(9, 11) : rng.int(13, 16), rng.int(0, 59));
      if (i === 0) firstAt = lastAt;
      at.set(stage, lastAt);
      ctx.rows.transitions.push({
        id: transitionIds.take(),
        caseId,
        matterId,
        fromStage: previous,
        toStage: stage,
        actorId: actor.id,
        // An online application is accepted from the back office, not at a window.
        windowId: byTeller && !(online && i === 0) ? windowId : null,
        note: previous === "RETURNED" ? "已补充材料，重新提交" : NOTES[stage],
        at: lastAt,
      });
      previous = stage;
    });

    const openedAt = new Date(firstAt.getTime() - rng.int(5, 25) * 60_000);
    const finalStage = plan.path[plan.path.length - 1]!;
    const closedAt = plan.cancelledOn
      ? stamp(plan.cancelledOn, 10, rng.int(0, 59))
      : finalStage === "DISBURSED" || finalStage === "REJECTED"
        ? lastAt
        : null;
    const opened = plan.dates[0]!.replaceAll("-", "");
    ctx.rows.cases.push({
      id: caseId,
      caseNo: `BJ${opened}${pad(caseNumbers.take(opened), 4)}`,
      depositorId: plan.borrower.id,
      channel: online ? "ONLINE" : "WINDOW",
      status: plan.cancelledOn ? "CANCELLED" : closedAt ? "COMPLETED" : "OPEN",
      windowId: online ? null : windowId,
      acceptedById: teller.id,
      openedAt,
      closedAt,
    });
    ctx.rows.matters.push({
      id: matterId,
      caseId,
      kind: "LOAN",
      status: plan.cancelledOn ? "CANCELLED" : finalStage === "DISBURSED" ? "COMPLETED" : finalStage === "REJECTED" ? "REJECTED" : "OPEN",
      loanStage: finalStage,
      loanId: plan.loanId,
      // The approver is kept on the matter: four-eyes keeps them from rechecking it.
      approvedById: plan.path.includes("APPROVED") ? approver.id : null,
      missingMaterials: finalStage === "RETURNED" ? RETURN_MATERIALS : [],
      reviewNote: finalStage === "RETURNED" || finalStage === "REJECTED" ? NOTES[finalStage] : null,
      stageSince: lastAt,
      // Every transition (and the cancellation) bumped the optimistic-lock version once.
      version: plan.path.length - 1 + (plan.cancelledOn ? 1 : 0),
      createdAt: openedAt,
      updatedAt: closedAt ?? lastAt,
    });
    handled.set(plan.loanId, { teller, approver, rechecker, at });
  }
  return handled;
}
