import type { Tx } from "@/lib/db";

/**
 * Human-facing serial numbers (case, loan, contract and registration numbers, queue tickets).
 * A transaction-scoped advisory lock per series makes "read the highest, add one" safe under
 * concurrency without a counter table; the lock is released at commit or rollback.
 */
export async function lockSeries(tx: Tx, series: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${series}))`;
}

/** The number after the highest existing `prefix` + digits (+ suffix) value, or `start`. */
export function nextAfter(existing: (string | null | undefined)[], prefix: string, suffix = "", start = 1): number {
  let highest = start - 1;
  for (const value of existing) {
    if (!value || !value.startsWith(prefix) || !value.endsWith(suffix)) continue;
    const n = Number(value.slice(prefix.length, value.length - suffix.length));
    if (Number.isInteger(n) && n > highest) highest = n;
  }
  return highest + 1;
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** Takes the next case number of the day: BJ + yyyymmdd + 4 digits, as the seed numbers them. */
export async function nextCaseNo(tx: Tx, businessDate: string): Promise<string> {
  const prefix = `BJ${businessDate.replaceAll("-", "")}`;
  await lockSeries(tx, `caseNo:${prefix}`);
  const last = await tx.case.findFirst({
    where: { caseNo: { startsWith: prefix } },
    orderBy: { caseNo: "desc" },
    select: { caseNo: true },
  });
  return `${prefix}${pad(nextAfter([last?.caseNo], prefix), 4)}`;
}
