import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { todayInShanghai } from "@/lib/dates/calendar";
import { prepareDocument } from "@/lib/documents/prepare-document";
import type { Actor } from "@/lib/auth/actor";
import type { SubmitWithdrawalOptions } from "@/lib/withdrawals/submit-withdrawal";
import { REASON_RULES, type ReasonCode } from "@/lib/withdrawals/reasons";
import { seedDemoData } from "../../../prisma/seed";

/**
 * The fraud scenario tests run on the real demo data set plus prisma/seed/fraud.ts, as the app
 * and the end-to-end tests see it, seeded as of today into this file's own database.
 */
export const TODAY = todayInShanghai();

export async function seedAll(): Promise<void> {
  const url = process.env.DATABASE_URL!;
  // The demo seed includes the fraud scenarios (prisma/seed/fraud.ts).
  await seedDemoData(url, { asOf: TODAY });
}

/** A signed-in staff member of the seed, as the use cases take them. */
export async function staff(loginName: string, windowNo: number | null = null): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { loginName }, select: { id: true, roles: true, approvalLimit: true } });
  const window = windowNo ? await db.serviceWindow.findUniqueOrThrow({ where: { number: windowNo }, select: { id: true } }) : null;
  return { userId: u.id, roles: u.roles as Role[], windowId: window?.id ?? null, approvalLimit: u.approvalLimit?.toFixed(2) ?? null };
}

export async function citizen(idNumber: string) {
  const d = await db.depositor.findUniqueOrThrow({ where: { idNumber }, select: { id: true, user: { select: { id: true } } } });
  return { depositorId: d.id, userId: d.user!.id };
}

/** The reason's documents, each a small PDF whose bytes (and so SHA-256) carry `tag`. */
export function documentsFor(code: ReasonCode, tag: string) {
  return REASON_RULES[code].documents.map((d) =>
    prepareDocument({ kind: d.kind, filename: `${d.kind}.pdf`, bytes: new TextEncoder().encode(`%PDF-1.4\n% ${tag} ${d.kind}\n`) }),
  );
}

let key = 0;
/** An online application by the depositor's own CITIZEN user (`actorId`). */
export function application(
  depositorId: string,
  actorId: string,
  over: Partial<SubmitWithdrawalOptions> & { reasonCode: ReasonCode },
): SubmitWithdrawalOptions {
  key += 1;
  return {
    depositorId,
    actor: { userId: actorId, roles: ["CITIZEN"], windowId: null, approvalLimit: null },
    channel: "ONLINE",
    amount: "1000.00",
    claim: {},
    bankName: "中国工商银行南京分行",
    bankAccount: "6222020000000000001",
    idempotencyKey: `fraud-test-${key}`,
    documents: documentsFor(over.reasonCode, `app-${key}`),
    ...over,
  };
}

/** The VALID certificate of the home `idNumber` owns (the seed gives each scenario person one). */
export async function homeOf(idNumber: string) {
  const cert = await db.realEstateCertificate.findFirstOrThrow({
    where: { status: "VALID", owners: { some: { idNumber } } },
    select: { certNo: true, issuedOn: true, unit: { select: { unitNo: true, buildingArea: true } } },
  });
  return {
    certNo: cert.certNo,
    issuedOn: cert.issuedOn.toISOString().slice(0, 10),
    unitNo: cert.unit.unitNo,
    area: cert.unit.buildingArea.toFixed(2),
  };
}
