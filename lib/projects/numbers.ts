import type { Tx } from "@/lib/db";
import { lockSeries, nextAfter, pad } from "@/lib/db/serial";

// Yearly series of the project officer's numbers; the seed numbers them the same way, so new
// numbers continue after the seeded ones. Each takes an advisory lock for its transaction.

/** 楼盘编号 LP + year + 4 digits, e.g. LP20260012. */
export async function nextProjectNo(tx: Tx, year: number): Promise<string> {
  const prefix = `LP${year}`;
  await lockSeries(tx, `projectNo:${year}`);
  const last = await tx.housingProject.findFirst({
    where: { projectNo: { startsWith: prefix } },
    orderBy: { projectNo: "desc" },
    select: { projectNo: true },
  });
  return `${prefix}${pad(nextAfter([last?.projectNo], prefix), 4)}`;
}

/** 准入申请编号 ZRSQ + year + 4 digits. */
export async function nextApplicationNo(tx: Tx, year: number): Promise<string> {
  const prefix = `ZRSQ${year}`;
  await lockSeries(tx, `admissionApplicationNo:${year}`);
  const last = await tx.admissionApplication.findFirst({
    where: { applicationNo: { startsWith: prefix } },
    orderBy: { applicationNo: "desc" },
    select: { applicationNo: true },
  });
  return `${prefix}${pad(nextAfter([last?.applicationNo], prefix), 4)}`;
}

/** 准入协议编号 ZRXY + year of signing + 4 digits: one series per year. */
export async function nextAgreementNo(tx: Tx, year: number): Promise<string> {
  const prefix = `ZRXY${year}`;
  await lockSeries(tx, `admissionAgreementNo:${year}`);
  const last = await tx.admissionApplication.findFirst({
    where: { agreementNo: { startsWith: prefix } },
    orderBy: { agreementNo: "desc" },
    select: { agreementNo: true },
  });
  return `${prefix}${pad(nextAfter([last?.agreementNo], prefix), 4)}`;
}
