import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDepositor, openAccount } from "./fixtures";

describe("a test file's own database", () => {
  it("is a fresh clone of the migrated template", async () => {
    const [row] = await db.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
    expect(row?.name).toMatch(/^hpf_test_/);
    expect(await db.depositor.count()).toBe(0);
    const [migrations] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM _prisma_migrations`;
    expect(Number(migrations?.n)).toBeGreaterThan(0);
  });

  it("refuses a second deposit account for the same person (P2002)", async () => {
    const { depositor, employer } = await createDepositor();
    const first = await openAccount(depositor.id, employer.id, "GJJ-TEST-0001");
    expect(first.balance.toFixed(2)).toBe("0.00");

    await expect(openAccount(depositor.id, employer.id, "GJJ-TEST-0002")).rejects.toMatchObject({
      code: "P2002",
    });
    expect(await db.depositAccount.count({ where: { depositorId: depositor.id } })).toBe(1);
  });

  it("keeps rows from earlier tests in the same file", async () => {
    expect(await db.depositor.count()).toBe(1);
  });
});
