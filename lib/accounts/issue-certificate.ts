import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { todayInShanghai } from "@/lib/dates/calendar";
import { ACCOUNT_STATUS_LABELS } from "@/lib/accounts/labels";
import { maskIdNumber, maskName, newVerificationCode } from "@/lib/accounts/certificate-code";

/** What a deposit certificate states; stored as issued so /verify shows exactly what the PDF said. */
export type CertificateSnapshot = {
  holderName: string;
  idNumberMasked: string;
  holderNameMasked: string;
  accountNo: string;
  employerName: string;
  status: string;
  balance: string;
  contributionBase: string;
  employerRate: string;
  personalRate: string;
  monthsContributed: number;
  firstMonth: string | null;
  lastMonth: string | null;
  issuedOn: string;
};

/** Same keys and values, whatever the key order (jsonb reorders keys). */
function sameSnapshot(a: unknown, b: CertificateSnapshot): boolean {
  if (typeof a !== "object" || a === null || Array.isArray(a)) return false;
  const stored = a as Record<string, unknown>;
  const keys = Object.keys(b) as (keyof CertificateSnapshot)[];
  return Object.keys(stored).length === keys.length && keys.every((k) => stored[k] === b[k]);
}

/**
 * Issues a 缴存证明 for the citizen's own account: a new verification code and a snapshot of the
 * account, with an audit entry. Idempotent (it runs on a GET, the PDF download): while the account
 * says the same on the same business day, the certificate already issued is returned and nothing
 * is written; an advisory lock per account keeps two parallel downloads from issuing two.
 * Errors: NO_ACCOUNT.
 */
export async function issueCertificate(opts: {
  depositorId: string;
  actorId: string;
  now?: Date;
}): Promise<{ code: string; snapshot: CertificateSnapshot }> {
  const now = opts.now ?? new Date();
  return db.$transaction(async (tx) => {
    const account = await tx.depositAccount.findUnique({
      where: { depositorId: opts.depositorId },
      include: { depositor: { select: { name: true, idNumber: true } }, employer: { select: { name: true } } },
    });
    if (!account) throw new DomainError("NO_ACCOUNT");
    const months = await tx.contribution.aggregate({
      where: { accountId: account.id },
      _count: { _all: true },
      _min: { month: true },
      _max: { month: true },
    });
    const month = (d: Date | null) => (d ? d.toISOString().slice(0, 7) : null);
    const snapshot: CertificateSnapshot = {
      holderName: account.depositor.name,
      holderNameMasked: maskName(account.depositor.name),
      idNumberMasked: maskIdNumber(account.depositor.idNumber),
      accountNo: account.accountNo,
      employerName: account.employer.name,
      status: ACCOUNT_STATUS_LABELS[account.status],
      balance: account.balance.toFixed(2),
      contributionBase: account.contributionBase.toFixed(2),
      employerRate: account.employerRatePercent.toFixed(2),
      personalRate: account.personalRatePercent.toFixed(2),
      monthsContributed: months._count._all,
      firstMonth: month(months._min.month),
      lastMonth: month(months._max.month),
      issuedOn: todayInShanghai(now),
    };
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('certificate:' || ${account.id}))`;
    const latest = await tx.depositCertificate.findFirst({
      where: { accountId: account.id },
      orderBy: { issuedAt: "desc" },
      select: { code: true, snapshot: true },
    });
    if (latest && sameSnapshot(latest.snapshot, snapshot)) return { code: latest.code, snapshot };
    const code = newVerificationCode();
    const cert = await tx.depositCertificate.create({
      data: { code, accountId: account.id, issuedAt: now, snapshot: snapshot as unknown as Prisma.InputJsonValue },
    });
    await recordAudit(tx, {
      actorId: opts.actorId,
      action: "CERTIFICATE_ISSUED",
      entityType: "DepositCertificate",
      entityId: cert.id,
      toState: "ISSUED",
      detail: { code },
    });
    return { code, snapshot };
  });
}
