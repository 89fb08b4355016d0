import type { Tx } from "@/lib/db";
import { lockSeries, nextAfter, pad } from "@/lib/db/serial";

/** The registry's name for the fund center, used as the mortgagee. */
export async function centerName(tx: Tx): Promise<string> {
  const center = await tx.fundCenter.findFirst({ orderBy: { createdAt: "asc" }, select: { name: true } });
  return center?.name ?? "住房公积金管理中心";
}

/**
 * The next 不动产登记证明 number of the year, 苏(2026)南京市不动产证明第0001234号. Registrations and
 * releases share the series, which continues after the seeded numbers.
 */
export async function nextProofNo(tx: Tx, year: number): Promise<string> {
  const prefix = `苏(${year})南京市不动产证明第`;
  await lockSeries(tx, `proofNo:${year}`);
  // NOTE: one query at a time on a transaction's connection (pg deprecates overlapping queries).
  const registered = await tx.mortgage.findFirst({
    where: { registrationNo: { startsWith: prefix } },
    orderBy: { registrationNo: "desc" },
    select: { registrationNo: true },
  });
  const released = await tx.mortgage.findFirst({
    where: { releaseNo: { startsWith: prefix } },
    orderBy: { releaseNo: "desc" },
    select: { releaseNo: true },
  });
  return `${prefix}${pad(nextAfter([registered?.registrationNo, released?.releaseNo], prefix, "号"), 7)}号`;
}
