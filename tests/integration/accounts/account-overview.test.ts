import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getAccountOverview } from "@/lib/accounts/queries";
import { createAccountHolder, createEmployer } from "./fund-fixtures";

const month = (m: number) => new Date(Date.UTC(2025, m - 1, 1));

describe("account overview (citizen home)", () => {
  it("counts the months contributed to this account only", async () => {
    const employer = await createEmployer();
    const holder = await createAccountHolder(employer.id, { name: "张伟", balance: "12345.60" });
    const other = await createAccountHolder(employer.id);
    const rows = (accountId: string, months: number) =>
      Array.from({ length: months }, (_, i) => ({
        accountId,
        employerId: employer.id,
        month: month(i + 1),
        base: "8000.00",
        employerAmount: "960.00",
        personalAmount: "960.00",
      }));
    await db.contribution.createMany({ data: [...rows(holder.account.id, 7), ...rows(other.account.id, 12)] });

    expect(await getAccountOverview(holder.depositor.id)).toMatchObject({
      accountNo: holder.account.accountNo,
      holderName: "张伟",
      balance: "¥12,345.60",
      monthsContributed: 7,
    });
    expect((await getAccountOverview(other.depositor.id))?.monthsContributed).toBe(12);
  });

  it("is null for a depositor without an account", async () => {
    expect(await getAccountOverview("no-such-depositor")).toBeNull();
  });
});
