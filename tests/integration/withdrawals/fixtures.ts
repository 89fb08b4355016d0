import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { prepareDocument } from "@/lib/documents/prepare-document";
import type { SubmitWithdrawalOptions } from "@/lib/withdrawals/submit-withdrawal";
import { REASON_RULES, type ReasonCode } from "@/lib/withdrawals/reasons";
import { createAccountHolder, createEmployer, createUser } from "../accounts/fund-fixtures";

export const NOW = new Date("2026-03-05T02:00:00Z"); // Thursday
const pdf = new TextEncoder().encode("%PDF-1.4\n% test\n");
export const docs = (code: ReasonCode) =>
  REASON_RULES[code].documents.map((d) => prepareDocument({ kind: d.kind, filename: `${d.kind}.pdf`, bytes: pdf }));

let windows = 0;
let cards = 0;

async function staffActor(roles: Role[], withdrawalLimit: string | null, atWindow: boolean): Promise<Actor> {
  const user = await createUser(roles);
  if (withdrawalLimit) await db.user.update({ where: { id: user.id }, data: { withdrawalLimit } });
  let windowId: string | null = null;
  if (atWindow) {
    windows += 1;
    const center =
      (await db.fundCenter.findFirst()) ?? (await db.fundCenter.create({ data: { code: "WD", name: "测试中心", city: "南京" } }));
    windowId = (await db.serviceWindow.create({ data: { centerId: center.id, number: 100 + windows, name: `${windows}号窗口` } })).id;
  }
  return { userId: user.id, roles, windowId, approvalLimit: null };
}

/**
 * A depositor holding `balance` with their own card at the simulated bank, their CITIZEN user, and
 * three tellers: the maker (takes applications at a window, no withdrawal limit), the checker
 * (limit 50,000) and the payer (limit 50,000, so the limit alone never separates them).
 */
export async function setup(balance: string) {
  const employer = await createEmployer(`91320100W${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}X`);
  const holder = await createAccountHolder(employer.id, { balance });
  const citizenUser = await createUser(["CITIZEN"], { depositorId: holder.depositor.id });
  const citizen: Actor = { userId: citizenUser.id, roles: ["CITIZEN"], windowId: null, approvalLimit: null };
  cards += 1;
  const card = `62220200${String(cards).padStart(11, "0")}`;
  await db.simulatedBankAccount.create({ data: { accountNo: card, holderName: holder.depositor.name, balance: "0.00" } });
  const maker = await staffActor(["TELLER"], null, true);
  const checker = await staffActor(["TELLER"], "50000.00", true);
  const payer = await staffActor(["TELLER"], "50000.00", true);
  return { holder, citizen, card, maker, checker, payer };
}

/** An online rent application (07: 1,500 × 2 months) by the depositor's own citizen user. */
export const rent = (
  depositorId: string,
  actor: Actor,
  card: string,
  over: Partial<SubmitWithdrawalOptions> = {},
): SubmitWithdrawalOptions => ({
  depositorId,
  actor,
  channel: "ONLINE",
  reasonCode: "07",
  amount: "3000.00",
  claim: { monthlyRent: "1500.00", months: "2" },
  bankName: "中国工商银行南京分行",
  bankAccount: card,
  idempotencyKey: "key-rent-0001",
  documents: docs("07"),
  now: NOW,
  ...over,
});

export const illness = {
  outOfPocket: "700.00",
  hospital: "南京市第一医院",
  admissionDate: "2026-02-01",
  dischargeDate: "2026-02-10",
  diagnosis: "急性心肌梗死",
  medicalTotal: "9000.00",
};

export const refusals = (entityId: string) =>
  db.auditEntry.findMany({
    where: { action: "WITHDRAWAL_REFUSED", entityId },
    orderBy: { id: "asc" },
    select: { actorId: true, windowId: true, detail: true },
  });
