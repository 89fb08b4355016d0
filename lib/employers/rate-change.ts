import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { requireTellerAtWindow, type Actor } from "@/lib/auth/actor";
import { dateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { contributionYearStart } from "@/lib/remittances/contribution-year";
import { rateBounds } from "@/lib/employers/rate-bounds-store";
import { boundsText, rateProblem } from "@/lib/employers/rate-bounds";
import { checkRatePair } from "@/lib/employers/rates";

/** A year's rates are fixed once a remittance of that year is live (submitted, held or credited). */
async function assertYearOpen(tx: Tx, employerId: string, yearStart: number): Promise<void> {
  const live = await tx.remittance.findFirst({
    where: {
      employerId,
      month: { gte: dateColumn(`${yearStart}-07-01`), lt: dateColumn(`${yearStart + 1}-07-01`) },
      status: { in: ["AWAITING_APPROVAL", "PENDING_PAYMENT", "CREDITED"] },
    },
    select: { id: true },
  });
  if (live) throw new DomainError("RATE_FIXED_FOR_YEAR", { field: "yearStart" });
}

/**
 * 缴存比例调整, step 1: a teller at a window proposes an employer's rate pair for the current or the
 * next contribution year, with a reason. It takes effect only when a second person approves it
 * (decideRateChange). Errors: FORBIDDEN_ROLE, WINDOW_REQUIRED, EMPLOYER_NOT_FOUND, RATE_FORMAT /
 * RATE_OUT_OF_BOUNDS, RATE_FIXED_FOR_YEAR (yearStart).
 */
export async function requestRateChange(input: {
  actor: Actor;
  employerId: string;
  nextYear: boolean;
  employerRate: string;
  personalRate: string;
  reason: string;
  now?: Date;
}): Promise<{ rateChangeId: string }> {
  const windowId = requireTellerAtWindow(input.actor);
  const now = input.now ?? new Date();
  const yearStart = contributionYearStart(todayInShanghai(now)) + (input.nextYear ? 1 : 0);
  return inTransaction(async (tx) => {
    const rates = checkRatePair(input, await rateBounds(tx, todayInShanghai(now)));
    const employer = await tx.employer.findUnique({ where: { id: input.employerId }, select: { id: true } });
    if (!employer) throw new DomainError("EMPLOYER_NOT_FOUND");
    await assertYearOpen(tx, input.employerId, yearStart);
    const change = await tx.employerRateChange.create({
      data: {
        employerId: input.employerId,
        yearStart,
        employerRatePercent: rates.employer,
        personalRatePercent: rates.personal,
        reason: input.reason.trim(),
        requestedById: input.actor.userId,
        requestedAt: now,
      },
    });
    await recordAudit(tx, {
      actorId: input.actor.userId,
      windowId,
      action: "EMPLOYER_RATE_CHANGE_REQUESTED",
      entityType: "EmployerRateChange",
      entityId: change.id,
      toState: "PENDING",
      detail: { employerId: input.employerId, yearStart, employerRate: rates.employer, personalRate: rates.personal },
    });
    return { rateChangeId: change.id };
  });
}

/**
 * 缴存比例调整, step 2 (four-eyes): another teller at a window or a reviewer approves or rejects a
 * pending change; never the person who proposed it. Approval writes the year's EmployerRate (the
 * year must still be open) in the same transaction as the decision and its audit row; the status
 * guard makes a double click act once. The pair is checked again against the bounds in force at
 * approval. Errors: FORBIDDEN_ROLE, WINDOW_REQUIRED, ALREADY_HANDLED, SELF_APPROVAL,
 * RATE_FIXED_FOR_YEAR, RATE_CHANGE_NOT_PENDING, RATE_OUT_OF_BOUNDS.
 */
export async function decideRateChange(input: {
  actor: Actor;
  rateChangeId: string;
  approve: boolean;
  note?: string;
  now?: Date;
}): Promise<void> {
  const isReviewer = input.actor.roles.includes("REVIEWER");
  const windowId = isReviewer && !input.actor.roles.includes("TELLER") ? null : requireTellerAtWindow(input.actor);
  const now = input.now ?? new Date();
  await inTransaction(async (tx) => {
    const [change] = await tx.$queryRaw<
      { id: string; employerId: string; yearStart: number; status: string; requestedById: string; e: string; p: string }[]
    >`SELECT id, "employerId", "yearStart", status::text AS status, "requestedById",
             "employerRatePercent"::text AS e, "personalRatePercent"::text AS p
        FROM "EmployerRateChange" WHERE id = ${input.rateChangeId} FOR UPDATE`;
    if (!change || change.status !== "PENDING") throw new DomainError("RATE_CHANGE_NOT_PENDING");
    if (change.requestedById === input.actor.userId) throw new DomainError("SELF_APPROVAL");
    if (input.approve) {
      await assertYearOpen(tx, change.employerId, change.yearStart);
      // A change is a new rate: it must lie within the bounds in force when it takes effect, even if
      // an admin narrowed them after it was proposed.
      const bounds = await rateBounds(tx, todayInShanghai(now));
      if (rateProblem(change.e, bounds) || rateProblem(change.p, bounds))
        throw new DomainError("RATE_OUT_OF_BOUNDS", { details: { bounds: boundsText(bounds) } });
      await tx.employerRate.upsert({
        where: { employerId_yearStart: { employerId: change.employerId, yearStart: change.yearStart } },
        create: {
          employerId: change.employerId,
          yearStart: change.yearStart,
          employerRatePercent: change.e,
          personalRatePercent: change.p,
        },
        update: { employerRatePercent: change.e, personalRatePercent: change.p },
      });
    }
    const status = input.approve ? "APPROVED" : "REJECTED";
    await tx.employerRateChange.update({
      where: { id: change.id },
      data: { status, decidedById: input.actor.userId, decidedAt: now, note: input.note?.trim() || null },
    });
    await recordAudit(tx, {
      actorId: input.actor.userId,
      windowId,
      action: input.approve ? "EMPLOYER_RATE_CHANGED" : "EMPLOYER_RATE_CHANGE_REJECTED",
      entityType: "EmployerRateChange",
      entityId: change.id,
      fromState: "PENDING",
      toState: status,
      detail: { employerId: change.employerId, yearStart: change.yearStart, employerRate: change.e, personalRate: change.p },
    });
  });
}
