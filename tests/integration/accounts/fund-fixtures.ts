import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { buildResidentId } from "@/lib/identity/resident-id";

/** A center with one employer; people and accounts are added per test. */
export async function createEmployer(code = "91320100FUND0001X") {
  const center = await db.fundCenter.create({ data: { code: `C${code.slice(-5)}`, name: "测试公积金中心", city: "南京" } });
  return db.employer.create({
    data: { centerId: center.id, creditCode: code, name: "测试单位", address: "测试路1号", contactPhone: "025-00000000" },
  });
}

let seq = 100;

export async function createUser(roles: Role[], extra: { employerId?: string; depositorId?: string } = {}) {
  seq += 1;
  return db.user.create({ data: { loginName: `u${seq}`, displayName: `用户${seq}`, passwordHash: "x", roles, ...extra } });
}

/** A depositor with an account at `employerId`, holding `balance` (with a matching ledger entry). */
export async function createAccountHolder(employerId: string, opts: { name?: string; balance?: string; birth?: string } = {}) {
  seq += 1;
  const idNumber = buildResidentId("320102", opts.birth ?? "1990-01-01", seq);
  const depositor = await db.depositor.create({
    data: {
      idNumber,
      name: opts.name ?? `职工${seq}`,
      gender: seq % 2 ? "MALE" : "FEMALE",
      birthDate: new Date(`${opts.birth ?? "1990-01-01"}T00:00:00Z`),
      phone: "13800000000",
      maritalStatus: "SINGLE",
      employerId,
      monthlyIncome: "8000.00",
    },
  });
  const balance = opts.balance ?? "0.00";
  const account = await db.depositAccount.create({
    data: {
      accountNo: `GJJ${String(seq).padStart(8, "0")}`,
      depositorId: depositor.id,
      employerId,
      balance,
      contributionBase: "8000.00",
      employerRatePercent: "12.00",
      personalRatePercent: "12.00",
      openedOn: new Date("2020-01-01T00:00:00Z"),
    },
  });
  if (balance !== "0.00") {
    await db.ledgerEntry.create({
      data: {
        accountId: account.id,
        kind: "ADJUSTMENT",
        amount: balance,
        balanceAfter: balance,
        valueDate: new Date("2020-01-01T00:00:00Z"),
      },
    });
  }
  return { depositor, account, idNumber };
}
