import { shanghaiDayStartSql } from "@/lib/dates/sql";
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { WithdrawalStatus } from "@/lib/generated/prisma/enums";
import { addDays, fromDateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";
import { checkRegistryClaim, type RegistryRecord } from "@/lib/fraud/registry-check";
import { REGISTRY_MISMATCH_MESSAGES } from "@/lib/fraud/refusal-messages";
import { isRepeatTrade } from "@/lib/fraud/repeat-trade";
import { WITHDRAWAL_STATUS_LABELS } from "@/lib/withdrawals/queries";
import { REASON_RULES, isReasonCode } from "@/lib/withdrawals/reasons";
import type { WorkbenchFilter } from "@/lib/fraud/workbench-filter";

/**
 * The retrospective audit workbench: past withdrawals filtered by reason, submission dates (Asia/
 * Shanghai), the claimed home's area (< N m²), new or second-hand (new: the unit belongs to a
 * housing project, or the claimed certificate is the unit's first), window and teller; and the whole
 * filtered sample re-verified against today's registry in one go.
 */

/** At most this many withdrawals are re-verified or exported at once (the screen shows 200). */
export const SAMPLE_LIMIT = 10_000;
export const SCREEN_LIMIT = 200;

export type WorkbenchRow = {
  id: string;
  withdrawalNo: string;
  reason: string;
  amount: string;
  status: string;
  channel: string;
  submittedAt: string;
  applicant: string;
  idNumber: string;
  window: string;
  teller: string;
  certNo: string | null;
  unitNo: string | null;
  area: string | null;
  housing: "新房" | "二手房" | "—";
  /** Filled by re-verification. */
  verdict?: string;
  verdictOk?: boolean;
};

type Raw = {
  id: string;
  withdrawalNo: string;
  reasonCode: string;
  amount: string;
  status: WithdrawalStatus;
  channel: string;
  submittedAt: Date;
  claim: Record<string, string> | null;
  name: string;
  idNumber: string;
  spouseIdNumber: string | null;
  windowNo: number | null;
  teller: string | null;
  tellerRoles: string[] | null;
  certNo: string | null;
  unitNo: string | null;
  area: string | null;
  isNew: boolean | null;
};

function where(f: WorkbenchFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.reasonCode) parts.push(Prisma.sql`w."reasonCode" = ${f.reasonCode}`);
  if (f.from) parts.push(Prisma.sql`w."submittedAt" >= ${shanghaiDayStartSql(f.from)}`);
  if (f.to) parts.push(Prisma.sql`w."submittedAt" < ${shanghaiDayStartSql(addDays(f.to, 1))}`);
  if (f.maxArea) parts.push(Prisma.sql`pu."buildingArea" < ${f.maxArea}::numeric`);
  if (f.housing === "NEW")
    parts.push(
      Prisma.sql`c.id IS NOT NULL AND (pu."projectId" IS NOT NULL OR NOT EXISTS (SELECT 1 FROM "RealEstateCertificate" e WHERE e."unitId" = c."unitId" AND e."issuedOn" < c."issuedOn"))`,
    );
  if (f.housing === "SECOND_HAND")
    parts.push(
      Prisma.sql`c.id IS NOT NULL AND pu."projectId" IS NULL AND EXISTS (SELECT 1 FROM "RealEstateCertificate" e WHERE e."unitId" = c."unitId" AND e."issuedOn" < c."issuedOn")`,
    );
  if (f.windowNo) parts.push(Prisma.sql`sw.number = ${f.windowNo}`);
  if (f.tellerId) parts.push(Prisma.sql`w."submittedById" = ${f.tellerId}`);
  return Prisma.join(parts, " AND ");
}

const FROM = Prisma.sql`
  FROM "Withdrawal" w
  JOIN "Depositor" d ON d.id = w."depositorId"
  LEFT JOIN "Depositor" sp ON sp.id = d."spouseId"
  LEFT JOIN "ServiceWindow" sw ON sw.id = w."windowId"
  LEFT JOIN "User" u ON u.id = w."submittedById"
  LEFT JOIN "RealEstateCertificate" c ON c."certNo" = w.claim->>'propertyCertNo'
  LEFT JOIN "PropertyUnit" pu ON pu.id = c."unitId"`;

async function select(f: WorkbenchFilter, limit: number): Promise<Raw[]> {
  return db.$queryRaw<Raw[]>`
    SELECT w.id, w."withdrawalNo", w."reasonCode", w.amount::text AS amount, w.status, w.channel::text AS channel, w."submittedAt", w.claim,
           d.name, d."idNumber", sp."idNumber" AS "spouseIdNumber", sw.number AS "windowNo", u."displayName" AS teller, u.roles::text[] AS "tellerRoles",
           c."certNo", pu."unitNo", pu."buildingArea"::text AS area,
           CASE WHEN c.id IS NULL THEN NULL ELSE pu."projectId" IS NOT NULL OR NOT EXISTS (SELECT 1 FROM "RealEstateCertificate" e WHERE e."unitId" = c."unitId" AND e."issuedOn" < c."issuedOn") END AS "isNew"
    ${FROM}
    WHERE ${where(f)}
    ORDER BY w."submittedAt" DESC, w.id
    LIMIT ${limit}`;
}

function toRow(r: Raw): WorkbenchRow {
  return {
    id: r.id,
    withdrawalNo: r.withdrawalNo,
    reason: isReasonCode(r.reasonCode) ? `${r.reasonCode} ${REASON_RULES[r.reasonCode].label}` : r.reasonCode,
    amount: r.amount,
    status: WITHDRAWAL_STATUS_LABELS[r.status],
    channel: r.channel === "ONLINE" ? "网上" : "窗口",
    submittedAt: formatShanghaiDateTime(r.submittedAt),
    applicant: r.name,
    idNumber: r.idNumber,
    window: r.windowNo ? `${r.windowNo}号窗口` : "—",
    // Online applications are submitted by the citizen themself: no teller.
    teller: r.teller && !(r.tellerRoles ?? []).includes("CITIZEN") ? r.teller : "—",
    certNo: r.certNo ?? r.claim?.propertyCertNo ?? null,
    unitNo: r.unitNo,
    area: r.area,
    housing: r.isNew === null ? "—" : r.isNew ? "新房" : "二手房",
  };
}

/** The filtered withdrawals, newest first: `limit` rows and the total that matched. */
export async function searchWithdrawals(
  f: WorkbenchFilter,
  limit = SCREEN_LIMIT,
): Promise<{ rows: WorkbenchRow[]; raw: Raw[]; total: number }> {
  const [raw, [count]] = await Promise.all([
    select(f, limit),
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n ${FROM} WHERE ${where(f)}`,
  ]);
  return { raw, rows: raw.map(toRow), total: Number(count?.n ?? 0) };
}

/** Today's registry for the claimed certificates, with each unit's transfers. */
async function registryFor(certNos: string[]): Promise<Map<string, { record: RegistryRecord; transfers: string[] }>> {
  if (certNos.length === 0) return new Map();
  const rows = await db.$queryRaw<
    {
      certNo: string;
      status: "VALID" | "CANCELLED";
      issuedOn: Date;
      unitNo: string;
      area: string;
      owners: { idNumber: string; name: string }[];
      transfers: Date[];
      validCertNo: string | null;
    }[]
  >`
    SELECT c."certNo", c.status::text AS status, c."issuedOn", pu."unitNo", pu."buildingArea"::text AS area,
           COALESCE((SELECT json_agg(json_build_object('idNumber', o."idNumber", 'name', o.name) ORDER BY o."sharePercent" DESC, o.id) FROM "PropertyOwner" o WHERE o."certificateId" = c.id), '[]') AS owners,
           (SELECT array_agg(e."issuedOn" ORDER BY e."issuedOn") FROM "RealEstateCertificate" e WHERE e."unitId" = c."unitId") AS transfers,
           (SELECT v."certNo" FROM "RealEstateCertificate" v WHERE v."unitId" = c."unitId" AND v.status = 'VALID' LIMIT 1) AS "validCertNo"
      FROM "RealEstateCertificate" c JOIN "PropertyUnit" pu ON pu.id = c."unitId"
     WHERE c."certNo" = ANY(${certNos}::text[])`;
  return new Map(
    rows.map((r) => [
      r.certNo,
      {
        record: {
          certNo: r.certNo,
          status: r.status,
          issuedOn: fromDateColumn(r.issuedOn),
          unitNo: r.unitNo,
          buildingArea: r.area,
          owners: r.owners,
          validCertNo: r.validCertNo,
        },
        transfers: r.transfers.map(fromDateColumn),
      },
    ]),
  );
}

/**
 * Re-verifies every filtered withdrawal that claimed a certificate: the registry cross-check as at
 * application (owner, area, date, the applicant or spouse an owner) against today's registry, and
 * repeat trades in the 12 months before its submission. Up to SAMPLE_LIMIT rows.
 */
export async function reverifySample(
  f: WorkbenchFilter,
  limit = SAMPLE_LIMIT,
): Promise<{ rows: WorkbenchRow[]; total: number; checked: number; mismatched: number }> {
  const { raw, rows, total } = await searchWithdrawals(f, limit);
  const registry = await registryFor([...new Set(raw.flatMap((r) => (r.claim?.propertyCertNo ? [r.claim.propertyCertNo] : [])))]);
  let checked = 0;
  let mismatched = 0;
  raw.forEach((r, i) => {
    const certNo = r.claim?.propertyCertNo;
    const row = rows[i]!;
    if (!certNo) {
      row.verdict = "无不动产权证书信息";
      return;
    }
    checked++;
    const found = registry.get(certNo);
    const applicants = [r.idNumber, ...(r.spouseIdNumber ? [r.spouseIdNumber] : [])];
    const claim = {
      certNo,
      applicantIdNumbers: applicants,
      ownerName: r.claim?.propertyOwner,
      area: r.claim?.propertyArea,
      registeredOn: r.claim?.propertyRegisteredOn,
    };
    const verdict = checkRegistryClaim(claim, found?.record ?? null);
    const problems = verdict.mismatches.map((m) => REGISTRY_MISMATCH_MESSAGES[m.code]);
    const trade = found ? isRepeatTrade(found.transfers, todayInShanghai(r.submittedAt)) : null;
    if (trade?.repeat) problems.push(`申请前12个月内交易 ${trade.transfers.length} 次`);
    row.verdictOk = problems.length === 0;
    row.verdict = row.verdictOk ? "与登记簿一致" : problems.join("；");
    if (!row.verdictOk) mismatched++;
  });
  return { rows, total, checked, mismatched };
}

/** Choices for the window and teller filters. */
export async function workbenchOptions(): Promise<{ windows: number[]; tellers: { id: string; label: string }[] }> {
  const [windows, tellers] = await Promise.all([
    db.serviceWindow.findMany({ orderBy: { number: "asc" }, select: { number: true } }),
    db.user.findMany({
      where: { roles: { has: "TELLER" } },
      orderBy: { loginName: "asc" },
      select: { id: true, loginName: true, displayName: true },
    }),
  ]);
  return {
    windows: windows.map((w) => w.number),
    tellers: tellers.map((t) => ({ id: t.id, label: `${t.displayName}（${t.loginName}）` })),
  };
}
