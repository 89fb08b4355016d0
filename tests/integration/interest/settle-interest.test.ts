import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { settleInterest } from "@/lib/interest/settle-interest";
import type { Actor } from "@/lib/auth/actor";
import { createAccountHolder, createEmployer, createUser } from "../accounts/fund-fixtures";

describe("settleInterest", () => {
  it("posts 积数 × 1.5% / 360 once per year, dated 30 June", async () => {
    const employer = await createEmployer();
    const adminUser = await createUser(["ADMIN"]);
    const admin: Actor = { userId: adminUser.id, roles: adminUser.roles, windowId: null, approvalLimit: null };
    const holder = await createAccountHolder(employer.id, { balance: "10000.00" });
    const none = await createAccountHolder(employer.id);
    // 10000 all year, then 1000 more from 1 June: 3,650,000 + 30,000 = 3,680,000 → 153.33
    await db.ledgerEntry.create({
      data: {
        accountId: holder.account.id,
        kind: "CONTRIBUTION",
        amount: "1000.00",
        balanceAfter: "11000.00",
        valueDate: new Date("2026-06-01T00:00:00Z"),
      },
    });
    await db.depositAccount.update({ where: { id: holder.account.id }, data: { balance: "11000.00" } });
    await expect(settleInterest({ yearEnd: 2026, actor: admin, now: new Date("2026-06-29T12:00:00Z") })).rejects.toMatchObject({
      code: "NOT_YET_DUE",
    });

    const result = await settleInterest({ yearEnd: 2026, actor: admin, now: new Date("2026-06-30T12:00:00Z") });
    expect(result).toEqual({ accountCount: 1, totalInterest: "153.33", ratePercent: "1.50" });
    const entry = await db.ledgerEntry.findFirstOrThrow({ where: { accountId: holder.account.id, kind: "INTEREST" } });
    expect([entry.amount.toFixed(2), entry.balanceAfter.toFixed(2), entry.valueDate.toISOString().slice(0, 10)]).toEqual([
      "153.33",
      "11153.33",
      "2026-06-30",
    ]);
    expect(await db.ledgerEntry.count({ where: { accountId: none.account.id, kind: "INTEREST" } })).toBe(0);

    await expect(settleInterest({ yearEnd: 2026, actor: admin, now: new Date("2026-07-01T12:00:00Z") })).rejects.toMatchObject({
      code: "ALREADY_SETTLED",
    });
    expect(await db.ledgerEntry.count({ where: { kind: "INTEREST" } })).toBe(1);
  });

  it("checks the role inside: only an ADMIN settles, and nothing is written otherwise", async () => {
    const teller = await createUser(["TELLER", "REVIEWER"]);
    const actor: Actor = { userId: teller.id, roles: teller.roles, windowId: null, approvalLimit: null };
    await expect(settleInterest({ yearEnd: 2025, actor, now: new Date("2026-07-01T12:00:00Z") })).rejects.toMatchObject({
      code: "FORBIDDEN_ROLE",
    });
    expect(await db.interestSettlement.count({ where: { yearEnd: 2025 } })).toBe(0);
  });

  it("two concurrent settlements of one year post once; the loser gets a DomainError, not a database error", async () => {
    const employer = await createEmployer("91320100FUNDI002X");
    const a = await createUser(["ADMIN"]);
    const b = await createUser(["ADMIN"]);
    await createAccountHolder(employer.id, { balance: "5000.00" });
    const actor = (u: typeof a): Actor => ({ userId: u.id, roles: u.roles, windowId: null, approvalLimit: null });
    const now = new Date("2025-07-02T12:00:00Z");
    const results = await Promise.allSettled([
      settleInterest({ yearEnd: 2025, actor: actor(a), now }),
      settleInterest({ yearEnd: 2025, actor: actor(b), now }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(["ALREADY_SETTLED", "ALREADY_HANDLED"]).toContain(lost.reason.code);
    expect(await db.interestSettlement.count({ where: { yearEnd: 2025 } })).toBe(1);
  });
});
