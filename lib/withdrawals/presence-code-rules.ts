/**
 * The citizen's window confirmation code as data (presence-code.ts uses it; the portal shows it).
 * 10 minutes: long enough to queue and reach the window, short enough that a code seen over a
 * shoulder is soon useless. Five wrong tries burn the code, so a 6-digit code cannot be found by
 * retrying. Each code is used once.
 */
export const PRESENCE_CODE_MINUTES = 10;
export const PRESENCE_CODE_MAX_TRIES = 5;
