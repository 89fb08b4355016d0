import { recordAudit } from "@/lib/audit/record-audit";
import { requireActorRole, type Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import { dateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { inTransaction } from "@/lib/db/transaction";
import type { Tx } from "@/lib/db";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { BAD_RATING_REPLY_WORKING_DAYS, RATING_COMMENT_MAX, isBadRating, isValidScore } from "@/lib/followups/rules";

export type RateCaseResult = { ratingId: string; followUpTaskId: string | null; dueOn: string | null };

/**
 * 好差评: the citizen rates one of their own closed cases (a window visit or an online case) 1–5,
 * with an optional comment, once. A score of 1 or 2 opens one follow-up task for the window
 * supervisors, due in 2 working days. Rating, task and audit rows are one transaction; a case of
 * someone else is refused exactly like a case that does not exist, and nothing is written.
 * Errors: FORBIDDEN_ROLE, INVALID_SCORE, CASE_NOT_FOUND, CASE_NOT_CLOSED, ALREADY_RATED.
 */
export async function rateCase(opts: {
  actor: Actor;
  caseId: string;
  score: number;
  comment?: string;
  now?: Date;
}): Promise<RateCaseResult> {
  requireActorRole(opts.actor, "CITIZEN");
  const rating = checkedRating(opts);
  const now = opts.now ?? new Date();
  return inTransaction(
    async (tx) => {
      const user = await tx.user.findUnique({ where: { id: opts.actor.userId }, select: { depositorId: true } });
      const found = await tx.case.findUnique({ where: { id: opts.caseId }, select: RATED_CASE_SELECT });
      if (!found || !user?.depositorId || found.depositorId !== user.depositorId) throw new DomainError("CASE_NOT_FOUND");
      return recordRating(tx, found, { ...rating, now, by: { actorId: opts.actor.userId } });
    },
    { onUnique: () => new DomainError("ALREADY_RATED") },
  );
}

/** The score (1–5, else INVALID_SCORE at the field) and the comment as stored: trimmed, cut to RATING_COMMENT_MAX, empty → none. */
export function checkedRating(input: { score: number; comment?: string }): { score: number; comment: string | null } {
  if (!isValidScore(input.score)) throw new DomainError("INVALID_SCORE", { field: "score" });
  return { score: input.score, comment: input.comment?.trim().slice(0, RATING_COMMENT_MAX) || null };
}

/** What recordRating reads of the case being rated. */
export const RATED_CASE_SELECT = {
  id: true,
  caseNo: true,
  depositorId: true,
  status: true,
  windowId: true,
  acceptedById: true,
  rating: { select: { id: true } },
} as const;

export type RatedCase = {
  id: string;
  caseNo: string;
  depositorId: string;
  status: string;
  windowId: string | null;
  acceptedById: string | null;
  rating: { id: string } | null;
};

/**
 * Writes one checked rating inside the caller's transaction: the rating (the case's window and
 * accepting teller copied for the KPIs), its audit row, and for a 1 or 2 the supervisors' follow-up
 * task due in BAD_RATING_REPLY_WORKING_DAYS working days, audited. The caller has checked the
 * rater's right to rate the case; here: it is closed (CASE_NOT_CLOSED) and not rated yet
 * (ALREADY_RATED; CaseRating.caseId is unique, so a race loses on it). Used by rateCase (online)
 * and rateVisitAtKiosk (the hall kiosk).
 */
export async function recordRating(
  tx: Tx,
  found: RatedCase,
  opts: {
    score: number;
    comment: string | null;
    now: Date;
    by: { actorId: string; actorLabel?: undefined; via?: "PORTAL" } | { actorId?: undefined; actorLabel: string; via: "KIOSK" };
  },
): Promise<RateCaseResult> {
  if (found.status === "OPEN") throw new DomainError("CASE_NOT_CLOSED");
  if (found.rating) throw new DomainError("ALREADY_RATED");
  const rating = await tx.caseRating.create({
    data: {
      caseId: found.id,
      depositorId: found.depositorId,
      score: opts.score,
      comment: opts.comment,
      windowId: found.windowId,
      tellerId: found.acceptedById,
      ratedAt: opts.now,
    },
  });
  await recordAudit(tx, {
    ...(opts.by.actorId ? { actorId: opts.by.actorId } : { actorLabel: opts.by.actorLabel }),
    action: "CASE_RATED",
    entityType: "Case",
    entityId: found.id,
    toState: String(opts.score),
    detail: { caseNo: found.caseNo, ratingId: rating.id, hasComment: opts.comment !== null, via: opts.by.via ?? "PORTAL" },
  });
  if (!isBadRating(opts.score)) return { ratingId: rating.id, followUpTaskId: null, dueOn: null };
  const dueOn = addWorkingDays(await loadCalendar(tx), todayInShanghai(opts.now), BAD_RATING_REPLY_WORKING_DAYS);
  const task = await tx.followUpTask.create({
    data: {
      kind: "BAD_RATING",
      dedupeKey: `rating:${rating.id}`,
      caseId: found.id,
      ratingId: rating.id,
      windowId: found.windowId,
      dueOn: dateColumn(dueOn),
      createdAt: opts.now,
    },
  });
  await recordAudit(tx, {
    actorLabel: "system",
    windowId: found.windowId,
    action: "FOLLOW_UP_OPENED",
    entityType: "FollowUpTask",
    entityId: task.id,
    toState: "OPEN",
    detail: { kind: "BAD_RATING", caseNo: found.caseNo, score: opts.score, dueOn },
  });
  return { ratingId: rating.id, followUpTaskId: task.id, dueOn };
}
