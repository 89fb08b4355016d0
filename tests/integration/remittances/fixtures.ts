import { db } from "@/lib/db";
import { buildResidentId } from "@/lib/identity/resident-id";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { importRemittanceReceipts } from "@/lib/remittances/import-receipts";
import { simulateEmployerTransfer } from "@/lib/remittances/simulate-transfer";
import { createEmployer, createUser } from "../accounts/fund-fixtures";

/** The Actor the use cases take, for a fixture user. */
export const actorFor = (user: { id: string; roles: Role[] }): Actor => ({
  userId: user.id,
  roles: user.roles,
  windowId: null,
  approvalLimit: null,
});

/** An employer registered with the center on `registeredOn`, its agent, two ADMINs and a REVIEWER. */
export async function remittanceParties(code?: string, registeredOn = "2015-01-01") {
  const employer = await createEmployer(code);
  await db.employer.update({ where: { id: employer.id }, data: { createdAt: new Date(`${registeredOn}T02:00:00Z`) } });
  const [agent, admin, admin2, reviewer] = await Promise.all([
    createUser(["EMPLOYER_AGENT"], { employerId: employer.id }),
    createUser(["ADMIN"]),
    createUser(["ADMIN"]),
    createUser(["REVIEWER"]),
  ]);
  return { employer, agent: actorFor(agent), admin: actorFor(admin), admin2: actorFor(admin2), reviewer: actorFor(reviewer) };
}

/** The employer "pays" through the simulated bank; staff then import that day's receipt file. */
export async function payAndImport(opts: { agent: Actor; importer: Actor; remittanceId: string; amount: string; now: Date }) {
  await simulateEmployerTransfer({ actor: opts.agent, remittanceId: opts.remittanceId, amount: opts.amount, now: opts.now });
  return importRemittanceReceipts({ actor: opts.importer, businessDate: opts.now.toISOString().slice(0, 10), now: opts.now });
}

export async function balanceOf(accountId: string): Promise<string> {
  return (await db.depositAccount.findUniqueOrThrow({ where: { id: accountId } })).balance.toFixed(2);
}

/**
 * `rows` employees with open accounts at one employer (bulk-inserted) and the remittance CSV that
 * pays for all of them (bases 5,000.00–5,099.00, 12 % + 12 %). `tag` and `accountPrefix` keep ids and account numbers
 * apart when several employers share a database (the benchmark's runs); `region` their ID numbers.
 */
export async function employerWithStaffCsv(
  employerId: string,
  rows: number,
  opts: { tag?: string; accountPrefix?: string; region?: string } = {},
): Promise<string> {
  const tag = opts.tag ?? "";
  const people = Array.from({ length: rows }, (_, i) => ({
    id: `${tag}dep-${i}`,
    idNumber: buildResidentId(opts.region ?? "320102", `${1970 + Math.floor(i / 1000)}-01-01`, i % 1000),
    name: `职工${i}`,
  }));
  await db.depositor.createMany({
    data: people.map((p) => ({
      id: p.id,
      idNumber: p.idNumber,
      name: p.name,
      gender: "MALE" as const,
      birthDate: new Date("1980-01-01T00:00:00Z"),
      phone: "13800000000",
      maritalStatus: "SINGLE" as const,
      employerId,
      monthlyIncome: "8000.00",
    })),
  });
  await db.depositAccount.createMany({
    data: people.map((p, i) => ({
      id: `${tag}acc-${i}`,
      accountNo: `${opts.accountPrefix ?? "B"}${String(i).padStart(9, "0")}`,
      depositorId: p.id,
      employerId,
      contributionBase: "8000.00",
      employerRatePercent: "12",
      personalRatePercent: "12",
      openedOn: new Date("2020-01-01T00:00:00Z"),
    })),
  });
  return ["身份证号,姓名,缴存基数,单位比例,个人比例", ...people.map((p, i) => `${p.idNumber},${p.name},${5000 + (i % 100)}.00,12,12`)].join(
    "\r\n",
  );
}
