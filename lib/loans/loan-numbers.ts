import type { Tx } from "@/lib/db";
import { lockSeries, nextAfter, pad } from "@/lib/db/serial";

/** The year's next loan number, GJJ + year + 6 digits, continuing the seeded series. */
export async function nextLoanNo(tx: Tx, year: number): Promise<string> {
  const prefix = `GJJ${year}`;
  await lockSeries(tx, `loanNo:${prefix}`);
  const last = await tx.loan.findFirst({
    where: { loanNo: { startsWith: prefix } },
    orderBy: { loanNo: "desc" },
    select: { loanNo: true },
  });
  return `${prefix}${pad(nextAfter([last?.loanNo], prefix), 6)}`;
}

/** The year's next contract number of a kind: GJJDK2026-000123 (借款) or GJJDY2026-000123 (抵押). */
export async function nextContractNo(tx: Tx, kind: "LOAN" | "MORTGAGE", year: number): Promise<string> {
  const prefix = `${kind === "LOAN" ? "GJJDK" : "GJJDY"}${year}-`;
  await lockSeries(tx, `contractNo:${prefix}`);
  const last = await tx.loanContract.findFirst({
    where: { contractNo: { startsWith: prefix } },
    orderBy: { contractNo: "desc" },
    select: { contractNo: true },
  });
  return `${prefix}${pad(nextAfter([last?.contractNo], prefix), 6)}`;
}
