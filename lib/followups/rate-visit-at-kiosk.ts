import { DomainError } from "@/lib/errors";
import { dateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { inTransaction } from "@/lib/db/transaction";
import { KIOSK_ID_SUFFIX, KIOSK_TICKET_NO } from "@/lib/followups/rules";
import { RATED_CASE_SELECT, checkedRating, recordRating, type RateCaseResult } from "@/lib/followups/rate-case";

/**
 * 好差评 at the hall kiosk, right after a window visit, without signing in: the citizen enters
 * today's ticket number and the last 6 characters of the ID number of the person the case was
 * opened for, and rates that visit's case 1–5 — the same rating as online (recordRating: once per
 * case; a 1 or 2 opens the supervisors' follow-up task). Only today's tickets (numbers restart
 * every day); a ticket never served, an unknown number and a wrong ID suffix get the same answer,
 * so the kiosk reveals nothing. Audited CASE_RATED by "kiosk". The caller rate-limits per kiosk.
 * Errors: INVALID_SCORE (field score), KIOSK_TICKET_INVALID (field ticketNo), KIOSK_ID_SUFFIX_INVALID
 * (field idSuffix), KIOSK_VISIT_NOT_FOUND, CASE_NOT_CLOSED, ALREADY_RATED.
 */
export async function rateVisitAtKiosk(opts: {
  ticketNo: string;
  idSuffix: string;
  score: number;
  comment?: string;
  now?: Date;
}): Promise<RateCaseResult & { caseNo: string }> {
  const ticketNo = opts.ticketNo.trim().toUpperCase();
  const idSuffix = opts.idSuffix.trim().toUpperCase();
  if (!KIOSK_TICKET_NO.test(ticketNo)) throw new DomainError("KIOSK_TICKET_INVALID", { field: "ticketNo" });
  if (!KIOSK_ID_SUFFIX.test(idSuffix)) throw new DomainError("KIOSK_ID_SUFFIX_INVALID", { field: "idSuffix" });
  const rating = checkedRating(opts);
  const now = opts.now ?? new Date();
  return inTransaction(
    async (tx) => {
      const ticket = await tx.queueTicket.findFirst({
        where: { businessDate: dateColumn(todayInShanghai(now)), ticketNo, caseId: { not: null } },
        select: {
          case: { select: { ...RATED_CASE_SELECT, depositor: { select: { idNumber: true } } } },
        },
      });
      const found = ticket?.case;
      if (!found || !found.depositor.idNumber.toUpperCase().endsWith(idSuffix)) throw new DomainError("KIOSK_VISIT_NOT_FOUND");
      const result = await recordRating(tx, found, { ...rating, now, by: { actorLabel: "kiosk", via: "KIOSK" } });
      return { ...result, caseNo: found.caseNo };
    },
    { onUnique: () => new DomainError("ALREADY_RATED") },
  );
}
