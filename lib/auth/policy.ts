/** Sign-in policy of the center, in one place. */

/** Five consecutive wrong passwords lock the account … */
export const MAX_FAILED_LOGINS = 5;
/** … for fifteen minutes. */
export const LOCK_MINUTES = 15;
/** A session ends after thirty minutes without activity. */
export const SESSION_IDLE_SECONDS = 30 * 60;
/** Windows of the all-in-one hall a teller can sign in to. */
export const WINDOW_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
/** A session ends 12 hours after sign-in however active it is (absolute lifetime). */
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
