import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { buildCreditCode } from "@/lib/identity/credit-code";
import { createAccountHolder, createEmployer, createUser } from "../accounts/fund-fixtures";

let windows = 0;
let codes = 0;

/** A fresh valid credit code (its last five characters, the fixture center's code, differ too). */
export function nextCreditCode(): string {
  codes += 1;
  return buildCreditCode("320102", `10000${String(codes).padStart(3, "0")}`);
}

/** A teller signed in at a new window of the employer's center. */
export async function tellerAt(centerId: string): Promise<Actor> {
  windows += 1;
  const user = await createUser(["TELLER"]);
  const window = await db.serviceWindow.create({ data: { centerId, number: 700 + windows, name: `${windows}号窗口` } });
  return { userId: user.id, roles: ["TELLER"], windowId: window.id, approvalLimit: null };
}

/** Two employers of one center (rates 12 % / 12 % and 10 % / 8 %), each with an agent, and a teller. */
export async function twoEmployers() {
  const a = await createEmployer(nextCreditCode());
  const b = await db.employer.create({
    data: { centerId: a.centerId, creditCode: nextCreditCode(), name: "第二单位", address: "测试路2号", contactPhone: "025-1" },
  });
  await db.employerRate.createMany({
    data: [
      { employerId: a.id, yearStart: 2025, employerRatePercent: "12.00", personalRatePercent: "12.00" },
      { employerId: b.id, yearStart: 2025, employerRatePercent: "10.00", personalRatePercent: "8.00" },
    ],
  });
  const [agentA, agentB] = await Promise.all([
    createUser(["EMPLOYER_AGENT"], { employerId: a.id }),
    createUser(["EMPLOYER_AGENT"], { employerId: b.id }),
  ]);
  const agent = (u: { id: string }): Actor => ({ userId: u.id, roles: ["EMPLOYER_AGENT"], windowId: null, approvalLimit: null });
  return { a, b, agentA: agent(agentA), agentB: agent(agentB), teller: await tellerAt(a.centerId) };
}

export { createAccountHolder };

/** Everything the lifecycle writes, to prove that a refusal wrote nothing. */
export async function writtenCounts() {
  const [depositors, accounts, changes, ledger, audits, employers, users, rates, rateChanges] = await Promise.all([
    db.depositor.count(),
    db.depositAccount.count(),
    db.staffChange.count(),
    db.ledgerEntry.count(),
    db.auditEntry.count(),
    db.employer.count(),
    db.user.count(),
    db.employerRate.count(),
    db.employerRateChange.count(),
  ]);
  return { depositors, accounts, changes, ledger, audits, employers, users, rates, rateChanges };
}
