/**
 * 逾期贷款通知单 numbers: "YQTZ" + the issue year + a 5-digit serial that restarts every year
 * (YQTZ202600001, YQTZ202600002, …). The serial is taken under a per-year lock
 * (lib/db/serial.ts), so two officers issuing at once never get the same number.
 */
export const NOTICE_NO_PREFIX = "YQTZ";
const SERIAL_WIDTH = 5;

/** The series key and number prefix of a year: "YQTZ2026". */
export function noticeSeriesPrefix(year: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new Error(`Not a year: ${year}`);
  return `${NOTICE_NO_PREFIX}${year}`;
}

export function formatNoticeNo(year: number, serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial >= 10 ** SERIAL_WIDTH) throw new Error(`Notice serial out of range: ${serial}`);
  return `${noticeSeriesPrefix(year)}${String(serial).padStart(SERIAL_WIDTH, "0")}`;
}

/** True for a well-formed notice number (route parameters are checked with it before any query). */
export function isNoticeNo(value: string): boolean {
  return /^YQTZ\d{4}\d{5}$/.test(value);
}

/** The pay-by date of a notice: 15 calendar days after it is issued. */
export const NOTICE_PAY_WITHIN_DAYS = 15;
