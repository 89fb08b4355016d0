/** 好差评: a score of 1 or 2 is a bad rating (差评) and opens a follow-up task for the supervisors. */
export const BAD_RATING_MAX_SCORE = 2;
/** A bad rating is answered within 2 working days (lib/calendar). */
export const BAD_RATING_REPLY_WORKING_DAYS = 2;
export const RATING_COMMENT_MAX = 200;
export const REPLY_MAX = 500;

export function isBadRating(score: number): boolean {
  return score <= BAD_RATING_MAX_SCORE;
}

export function isValidScore(score: unknown): score is 1 | 2 | 3 | 4 | 5 {
  return typeof score === "number" && Number.isInteger(score) && score >= 1 && score <= 5;
}

/** A ticket number as printed (A001 …) and the last 6 characters of a resident ID number: the kiosk's rating key. */
export const KIOSK_TICKET_NO = /^A\d{3,}$/;
export const KIOSK_ID_SUFFIX = /^\d{5}[\dX]$/;
