import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { buildResidentId } from "@/lib/identity/resident-id";
import { buildCreditCode } from "@/lib/identity/credit-code";
import { hireEmployee } from "@/lib/employers/hire-employee";
import { changeSeal, recordLeaver } from "@/lib/employers/account-changes";
import { runMonthEndSeal, sealLeavers } from "@/lib/employers/seal-leavers";
import { runDailyBatch } from "@/lib/servicing/run-daily-batch";
import { registerEmployer } from "@/lib/employers/register-employer";
import { updateEmployer } from "@/lib/employers/update-employer";
import { createAgent, deactivateAgent } from "@/lib/employers/create-agent";
import bcrypt from "bcryptjs";
import { decideRateChange, requestRateChange } from "@/lib/employers/rate-change";
import { postRemittance } from "@/lib/remittances/post-remittance";
import { ACCOUNT_SEALED } from "@/lib/remittances/row-rules";
import { createAccountHolder, nextCreditCode, tellerAt, twoEmployers, writtenCounts } from "./fixtures";
import { payAndImport, remittanceParties } from "../remittances/fixtures";

const NOW = new Date("2026-03-10T02:00:00Z");
const code = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, field: error.field };
    throw error;
  }
  throw new Error("expected a DomainError");
};

describe("employee lifecycle", () => {
  it("an agent hires a person new to the fund: a depositor and an account at the employer's rates, audited", async () => {
    const { a, agentA } = await twoEmployers();
    const idNumber = buildResidentId("320102", "1995-06-01", 31);
    const hired = await hireEmployee({
      actor: agentA,
      employerId: a.id,
      idNumber,
      name: "新员工",
      phone: "13900000000",
      maritalStatus: "SINGLE",
      base: "8000",
      hiredOn: "2026-03-02",
      now: NOW,
    });
    expect(hired).toMatchObject({ outcome: "OPENED", carriedBalance: null });
    expect(hired.accountNo).toMatch(/^3201\d{8}$/);
    const account = await db.depositAccount.findUniqueOrThrow({ where: { id: hired.accountId }, include: { depositor: true } });
    expect(account).toMatchObject({ employerId: a.id, status: "NORMAL" });
    expect(account.balance.toFixed(2)).toBe("0.00");
    expect(account.contributionBase.toFixed(2)).toBe("8000.00");
    expect(account.employerRatePercent.toFixed(2)).toBe("12.00");
    expect(account.depositor).toMatchObject({ idNumber, name: "新员工", gender: "MALE", employerId: a.id });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "ACCOUNT_OPENED", entityId: hired.accountId } });
    expect(audit.actorId).toBe(agentA.userId);
    expect(await db.staffChange.count({ where: { accountId: hired.accountId, kind: "HIRE", channel: "ONLINE" } })).toBe(1);
  });

  it("the same new person hired twice at once (two employers, or a double click) gets one depositor and one account", async () => {
    const { a, b, agentA, agentB } = await twoEmployers();
    const idNumber = buildResidentId("320102", "1993-04-04", 33);
    const hire = { idNumber, name: "抢先", phone: "13900000002", base: "8000", hiredOn: "2026-03-02", now: NOW };
    const settled = await Promise.allSettled([
      hireEmployee({ ...hire, actor: agentA, employerId: a.id }),
      hireEmployee({ ...hire, actor: agentB, employerId: b.id }),
      hireEmployee({ ...hire, actor: agentA, employerId: a.id }),
    ]);
    const won = settled.filter((r) => r.status === "fulfilled").map((r) => r.value);
    expect(won.map((w) => w.outcome)).toEqual(["OPENED"]);
    const refusals = settled.filter((r) => r.status === "rejected").map((r) => (r.reason as { code: string }).code);
    expect(refusals).toHaveLength(2);
    for (const refusal of refusals) expect(["ALREADY_EMPLOYED", "ACTIVE_ELSEWHERE"]).toContain(refusal);
    expect(await db.depositor.count({ where: { idNumber } })).toBe(1);
    expect(await db.depositAccount.count({ where: { depositor: { idNumber } } })).toBe(1);
    expect(await db.staffChange.count({ where: { account: { depositor: { idNumber } }, kind: "HIRE" } })).toBe(1);
    expect(await db.auditEntry.count({ where: { action: "ACCOUNT_OPENED", entityId: won[0]!.accountId } })).toBe(1);
  });

  it("a leaver is sealed by the month-end step exactly once; then another employer's hire moves the account, balance and months exact", async () => {
    const { a, b, agentA, agentB } = await twoEmployers();
    const holder = await createAccountHolder(a.id, { name: "周转", balance: "12345.67" });
    await db.contribution.createMany({
      data: ["2026-01-01", "2026-02-01"].map((m) => ({
        accountId: holder.account.id,
        employerId: a.id,
        month: new Date(`${m}T00:00:00Z`),
        base: "8000.00",
        employerAmount: "960.00",
        personalAmount: "960.00",
      })),
    });
    const leave = await recordLeaver({
      actor: agentA,
      employerId: a.id,
      accountId: holder.account.id,
      leftOn: "2026-03-05",
      reason: "辞职",
      now: NOW,
    });
    expect(leave.sealOn).toBe("2026-03-31");
    // A second leave for the same account is refused, and the account stays NORMAL until the month end.
    const afterLeave = await writtenCounts();
    expect(
      await code(
        recordLeaver({ actor: agentA, employerId: a.id, accountId: holder.account.id, leftOn: "2026-03-06", reason: "x", now: NOW }),
      ),
    ).toEqual({
      code: "LEAVE_ALREADY_RECORDED",
      field: undefined,
    });
    expect(await writtenCounts()).toEqual(afterLeave);
    expect(await sealLeavers({ businessDate: "2026-03-30" })).toEqual({ sealed: 0, settled: 0 });
    expect((await db.depositAccount.findUniqueOrThrow({ where: { id: holder.account.id } })).status).toBe("NORMAL");

    // Before the seal, the new employer cannot take the account over.
    const hire = {
      actor: agentB,
      employerId: b.id,
      idNumber: holder.idNumber,
      name: "周转",
      phone: "13900000001",
      base: "9000.00",
      hiredOn: "2026-03-10",
      now: NOW,
    };
    expect(await code(hireEmployee(hire))).toEqual({ code: "ACTIVE_ELSEWHERE", field: "idNumber" });

    // The month-end step started twice at once (two batch runs) seals once.
    const runs = await Promise.all([sealLeavers({ businessDate: "2026-03-31" }), sealLeavers({ businessDate: "2026-03-31" })]);
    expect(runs.map((r) => r.sealed).sort()).toEqual([0, 1]);
    expect(await sealLeavers({ businessDate: "2026-03-31" })).toEqual({ sealed: 0, settled: 0 });
    expect(await sealLeavers({ businessDate: "2026-04-01" })).toEqual({ sealed: 0, settled: 0 });
    expect((await db.depositAccount.findUniqueOrThrow({ where: { id: holder.account.id } })).status).toBe("SEALED");
    expect(await db.auditEntry.count({ where: { action: "ACCOUNT_SEALED", entityId: holder.account.id } })).toBe(1);

    const ledgerBefore = await db.ledgerEntry.count({ where: { accountId: holder.account.id } });
    const moved = await hireEmployee({ ...hire, now: new Date("2026-04-02T02:00:00Z"), hiredOn: "2026-04-01" });
    expect(moved).toEqual({
      accountId: holder.account.id,
      accountNo: holder.account.accountNo,
      outcome: "TRANSFERRED",
      carriedBalance: "12345.67",
    });
    const account = await db.depositAccount.findUniqueOrThrow({ where: { id: holder.account.id }, include: { depositor: true } });
    expect(account).toMatchObject({ employerId: b.id, status: "NORMAL" });
    expect(account.depositor.employerId).toBe(b.id);
    expect(account.balance.toFixed(2)).toBe("12345.67");
    expect(account.employerRatePercent.toFixed(2)).toBe("10.00");
    expect(account.personalRatePercent.toFixed(2)).toBe("8.00");
    expect(await db.contribution.count({ where: { accountId: holder.account.id } })).toBe(2);
    const pair = await db.ledgerEntry.findMany({
      where: { accountId: holder.account.id, kind: { in: ["TRANSFER_OUT", "TRANSFER_IN"] } },
      orderBy: { id: "asc" },
    });
    expect(pair.map((e) => [e.kind, e.amount.toFixed(2), e.balanceAfter.toFixed(2)])).toEqual([
      ["TRANSFER_OUT", "-12345.67", "0.00"],
      ["TRANSFER_IN", "12345.67", "12345.67"],
    ]);
    expect(await db.ledgerEntry.count({ where: { accountId: holder.account.id } })).toBe(ledgerBefore + 2);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "ACCOUNT_TRANSFERRED_IN_CITY", entityId: holder.account.id } });
    expect(audit).toMatchObject({ actorId: agentB.userId, fromState: `SEALED@${a.id}`, toState: `NORMAL@${b.id}` });
    expect(audit.detail).toMatchObject({ fromEmployerId: a.id, toEmployerId: b.id, balance: "12345.67", contributionMonths: 2 });
    expect(await db.staffChange.findFirstOrThrow({ where: { accountId: holder.account.id, kind: "HIRE" } })).toMatchObject({
      employerId: b.id,
      fromEmployerId: a.id,
    });
    // The old employer's agent no longer reaches the account.
    expect(await code(changeSeal({ actor: agentA, employerId: a.id, accountId: holder.account.id, seal: true, reason: "x" }))).toEqual({
      code: "ACCOUNT_NOT_FOUND",
      field: undefined,
    });
  });

  it("seal and unseal at the window or by the agent, with reason; a hire at the same employer unseals", async () => {
    const { a, agentA, teller } = await twoEmployers();
    const holder = await createAccountHolder(a.id, { name: "封存人", balance: "100.00" });
    await changeSeal({ actor: teller, employerId: a.id, accountId: holder.account.id, seal: true, reason: "长期病假", now: NOW });
    expect((await db.depositAccount.findUniqueOrThrow({ where: { id: holder.account.id } })).status).toBe("SEALED");
    const afterSeal = await writtenCounts();
    expect(await code(changeSeal({ actor: agentA, employerId: a.id, accountId: holder.account.id, seal: true, reason: "x" }))).toEqual({
      code: "NOT_NORMAL",
      field: undefined,
    });
    expect(await writtenCounts()).toEqual(afterSeal);
    const sealedAudit = await db.auditEntry.findFirstOrThrow({ where: { action: "ACCOUNT_SEALED", entityId: holder.account.id } });
    expect(sealedAudit).toMatchObject({ actorId: teller.userId, windowId: teller.windowId, fromState: "NORMAL", toState: "SEALED" });
    expect(sealedAudit.detail).toMatchObject({ reason: "长期病假", channel: "WINDOW" });
    // The agent unseals online with a reason, and seals again.
    await changeSeal({ actor: agentA, employerId: a.id, accountId: holder.account.id, seal: false, reason: "复岗", now: NOW });
    expect((await db.depositAccount.findUniqueOrThrow({ where: { id: holder.account.id } })).status).toBe("NORMAL");
    const unsealedAudit = await db.auditEntry.findFirstOrThrow({ where: { action: "ACCOUNT_UNSEALED", entityId: holder.account.id } });
    expect(unsealedAudit).toMatchObject({ actorId: agentA.userId, windowId: null, fromState: "SEALED", toState: "NORMAL" });
    expect(unsealedAudit.detail).toMatchObject({ reason: "复岗", channel: "ONLINE" });
    await changeSeal({ actor: agentA, employerId: a.id, accountId: holder.account.id, seal: true, reason: "停薪留职", now: NOW });
    const back = await hireEmployee({
      actor: agentA,
      employerId: a.id,
      idNumber: holder.idNumber,
      name: "封存人",
      phone: "1",
      base: "8000",
      hiredOn: "2026-03-01",
      now: NOW,
    });
    expect(back).toMatchObject({ outcome: "UNSEALED", carriedBalance: null });
    const unsealed = await db.depositAccount.findUniqueOrThrow({ where: { id: holder.account.id } });
    expect([unsealed.status, unsealed.employerId, unsealed.balance.toFixed(2)]).toEqual(["NORMAL", a.id, "100.00"]);
    expect(await db.ledgerEntry.count({ where: { accountId: holder.account.id, kind: { in: ["TRANSFER_IN", "TRANSFER_OUT"] } } })).toBe(0);
    expect(await code(changeSeal({ actor: agentA, employerId: a.id, accountId: holder.account.id, seal: false, reason: "x" }))).toEqual({
      code: "NOT_SEALED",
      field: undefined,
    });
  });

  it("a sealed account refuses a contribution, at submission and at crediting", async () => {
    const { employer, agent, admin } = await remittanceParties(nextCreditCode());
    const x = await createAccountHolder(employer.id, { name: "甲" });
    const y = await createAccountHolder(employer.id, { name: "乙" });
    await db.depositAccount.update({ where: { id: y.account.id }, data: { status: "SEALED" } });
    const csv = (...lines: string[]) => new TextEncoder().encode(`身份证号,姓名,缴存基数,单位比例,个人比例\r\n${lines.join("\r\n")}\r\n`);
    const refused = await postRemittance({
      actor: agent,
      employerId: employer.id,
      month: "2026-03-01",
      source: "CSV",
      file: csv(`${x.idNumber},甲,8000,12,12`, `${y.idNumber},乙,8000,12,12`),
      now: NOW,
    });
    expect(refused).toEqual({ ok: false, errors: [{ row: 3, column: "身份证号", reason: ACCOUNT_SEALED }] });
    expect(await db.remittance.count({ where: { employerId: employer.id } })).toBe(0);

    // Held while NORMAL, sealed before the bank's money arrives: nothing is credited.
    await db.depositAccount.update({ where: { id: y.account.id }, data: { status: "NORMAL" } });
    const held = await postRemittance({
      actor: agent,
      employerId: employer.id,
      month: "2026-03-01",
      source: "CSV",
      file: csv(`${x.idNumber},甲,8000,12,12`, `${y.idNumber},乙,8000,12,12`),
      now: NOW,
    });
    if (!held.ok) throw new Error("expected the remittance to be held");
    await changeSeal({ actor: agent, employerId: employer.id, accountId: y.account.id, seal: true, reason: "停薪留职", now: NOW });
    await payAndImport({ agent, importer: admin, remittanceId: held.remittanceId, amount: held.total, now: NOW });
    expect((await db.remittance.findUniqueOrThrow({ where: { id: held.remittanceId } })).status).toBe("PENDING_PAYMENT");
    expect(await db.contribution.count({ where: { employerId: employer.id } })).toBe(0);
    expect((await db.depositAccount.findUniqueOrThrow({ where: { id: y.account.id } })).status).toBe("SEALED");
  });

  it("bad input writes nothing: wrong check digits, a name that differs, another employer's agent, a base out of range, a double hire", async () => {
    const { a, b, agentA, agentB, teller } = await twoEmployers();
    const holder = await createAccountHolder(a.id, { name: "在职" });
    const before = await writtenCounts();
    const good = buildResidentId("320102", "1990-02-02", 41);
    const wrongDigit = good.slice(0, 17) + (good[17] === "1" ? "2" : "1");
    const hire = {
      actor: agentA,
      employerId: a.id,
      idNumber: good,
      name: "某人",
      phone: "1",
      base: "8000",
      hiredOn: "2026-03-01",
      now: NOW,
    };
    expect(await code(hireEmployee({ ...hire, idNumber: wrongDigit }))).toEqual({ code: "ID_NUMBER_INVALID", field: "idNumber" });
    expect(await code(hireEmployee({ ...hire, base: "100" }))).toEqual({ code: "BASE_OUT_OF_RANGE", field: "base" });
    expect(await code(hireEmployee({ ...hire, hiredOn: "2026-03-11" }))).toEqual({ code: "DATE_IN_FUTURE", field: "hiredOn" });
    expect(await code(hireEmployee({ ...hire, actor: agentB }))).toEqual({ code: "FORBIDDEN_EMPLOYER", field: undefined });
    expect(await code(hireEmployee({ ...hire, idNumber: holder.idNumber, name: "在职" }))).toEqual({
      code: "ALREADY_EMPLOYED",
      field: "idNumber",
    });
    expect(await code(hireEmployee({ ...hire, employerId: b.id, actor: agentB, idNumber: holder.idNumber, name: "别名" }))).toEqual({
      code: "NAME_MISMATCH",
      field: "name",
    });
    expect(
      await code(
        recordLeaver({ actor: agentB, employerId: b.id, accountId: holder.account.id, leftOn: "2026-03-01", reason: "x", now: NOW }),
      ),
    ).toEqual({
      code: "ACCOUNT_NOT_FOUND",
      field: undefined,
    });
    expect(
      await code(
        recordLeaver({ actor: agentA, employerId: a.id, accountId: holder.account.id, leftOn: "2019-12-31", reason: "x", now: NOW }),
      ),
    ).toEqual({
      code: "LEAVE_DATE_OUT_OF_RANGE",
      field: "leftOn",
    });
    const registration = {
      actor: teller,
      name: "新单位",
      address: "某路",
      contactPhone: "025",
      employerRate: "12",
      personalRate: "12",
      now: NOW,
    };
    const valid = buildCreditCode("320104", "20000001");
    const badDigit = valid.slice(0, 17) + (valid[17] === "0" ? "1" : "0");
    expect(await code(registerEmployer({ ...registration, creditCode: badDigit }))).toEqual({
      code: "CREDIT_CODE_CHECK_DIGIT",
      field: "creditCode",
    });
    expect(await code(registerEmployer({ ...registration, creditCode: "91320104ABC" }))).toEqual({
      code: "CREDIT_CODE_FORMAT",
      field: "creditCode",
    });
    expect(await code(registerEmployer({ ...registration, creditCode: a.creditCode }))).toEqual({
      code: "CREDIT_CODE_TAKEN",
      field: "creditCode",
    });
    expect(await code(registerEmployer({ ...registration, creditCode: valid, employerRate: "12.5" }))).toEqual({
      code: "RATE_OUT_OF_BOUNDS",
      field: "employerRate",
    });
    expect(await code(registerEmployer({ ...registration, creditCode: valid, actor: agentA }))).toEqual({
      code: "FORBIDDEN_ROLE",
      field: undefined,
    });
    expect(await writtenCounts()).toEqual(before);
  });

  it("registers an employer at a window; a rate change takes effect only on a second person's approval", async () => {
    const { a, teller } = await twoEmployers();
    const creditCode = buildCreditCode("320104", "20000002");
    const { employerId } = await registerEmployer({
      actor: teller,
      creditCode: creditCode.toLowerCase(),
      name: "南京新开户有限公司",
      address: "江东中路1号",
      contactPhone: "025-88880000",
      employerRate: "10",
      personalRate: "7.5",
      now: NOW,
    });
    const employer = await db.employer.findUniqueOrThrow({ where: { id: employerId }, include: { rates: true } });
    expect(employer.creditCode).toBe(creditCode);
    expect(employer.rates.map((r) => [r.yearStart, r.employerRatePercent.toFixed(2), r.personalRatePercent.toFixed(2)])).toEqual([
      [2025, "10.00", "7.50"],
    ]);
    expect(await db.auditEntry.count({ where: { action: "EMPLOYER_REGISTERED", entityId: employerId, windowId: teller.windowId } })).toBe(
      1,
    );

    const { rateChangeId } = await requestRateChange({
      actor: teller,
      employerId,
      nextYear: false,
      employerRate: "8",
      personalRate: "8",
      reason: "经营困难",
      now: NOW,
    });
    const ratesOf = async () =>
      (await db.employerRate.findMany({ where: { employerId } })).map(
        (r) => `${r.employerRatePercent.toFixed(2)}/${r.personalRatePercent.toFixed(2)}`,
      );
    // Requested, not yet approved: the employer's rates are unchanged.
    expect(await ratesOf()).toEqual(["10.00/7.50"]);
    expect(await code(decideRateChange({ actor: teller, rateChangeId, approve: true }))).toEqual({
      code: "SELF_APPROVAL",
      field: undefined,
    });
    expect(await ratesOf()).toEqual(["10.00/7.50"]);
    expect((await db.employerRateChange.findUniqueOrThrow({ where: { id: rateChangeId } })).status).toBe("PENDING");
    const second = await tellerAt(a.centerId);
    await decideRateChange({ actor: second, rateChangeId, approve: true, now: NOW });
    expect(await code(decideRateChange({ actor: second, rateChangeId, approve: true }))).toEqual({
      code: "RATE_CHANGE_NOT_PENDING",
      field: undefined,
    });
    const rate = await db.employerRate.findUniqueOrThrow({ where: { employerId_yearStart: { employerId, yearStart: 2025 } } });
    expect([rate.employerRatePercent.toFixed(2), rate.personalRatePercent.toFixed(2)]).toEqual(["8.00", "8.00"]);
  });

  it("two approvals of one rate change at once, and two leaves of one account at once, each act once", async () => {
    const { a, agentA, teller } = await twoEmployers();
    const { rateChangeId } = await requestRateChange({
      actor: teller,
      employerId: a.id,
      nextYear: false,
      employerRate: "9",
      personalRate: "9",
      reason: "同时审批",
      now: NOW,
    });
    const [second, third] = [await tellerAt(a.centerId), await tellerAt(a.centerId)];
    const approvals = await Promise.allSettled([
      decideRateChange({ actor: second, rateChangeId, approve: true, now: NOW }),
      decideRateChange({ actor: third, rateChangeId, approve: false, note: "不同意", now: NOW }),
    ]);
    expect(approvals.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((approvals.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({
      code: "RATE_CHANGE_NOT_PENDING",
    });
    const decided = await db.auditEntry.count({
      where: { entityId: rateChangeId, action: { in: ["EMPLOYER_RATE_CHANGED", "EMPLOYER_RATE_CHANGE_REJECTED"] } },
    });
    expect(decided).toBe(1);

    const holder = await createAccountHolder(a.id, { name: "同时减员" });
    const leave = (leftOn: string) =>
      recordLeaver({ actor: agentA, employerId: a.id, accountId: holder.account.id, leftOn, reason: "辞职", now: NOW });
    const leaves = await Promise.allSettled([leave("2026-03-05"), leave("2026-03-06")]);
    expect(leaves.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((leaves.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "LEAVE_ALREADY_RECORDED" });
    expect(await db.staffChange.count({ where: { accountId: holder.account.id, kind: "LEAVE" } })).toBe(1);
    expect(await db.auditEntry.count({ where: { action: "EMPLOYEE_LEAVE_RECORDED", entityId: holder.account.id } })).toBe(1);
  });

  it("the daily batch of the month's last day seals the leaver; the manual run is for an ADMIN and refuses a future date", async () => {
    const { a, agentA, teller } = await twoEmployers();
    const holder = await createAccountHolder(a.id, { name: "批处理减员", balance: "50.00" });
    await recordLeaver({
      actor: agentA,
      employerId: a.id,
      accountId: holder.account.id,
      leftOn: "2026-02-10",
      reason: "合同到期",
      now: NOW,
    });
    await runDailyBatch({ businessDate: "2026-02-27" });
    expect((await db.depositAccount.findUniqueOrThrow({ where: { id: holder.account.id } })).status).toBe("NORMAL");
    await runDailyBatch({ businessDate: "2026-02-28" });
    expect((await db.depositAccount.findUniqueOrThrow({ where: { id: holder.account.id } })).status).toBe("SEALED");
    await runDailyBatch({ businessDate: "2026-02-28" });
    expect(await db.auditEntry.count({ where: { action: "ACCOUNT_SEALED", entityId: holder.account.id, actorLabel: "batch" } })).toBe(1);
    expect(await code(runMonthEndSeal({ actor: teller, businessDate: "2026-02-28", now: NOW }))).toEqual({
      code: "FORBIDDEN_ROLE",
      field: undefined,
    });
    const admin = { ...agentA, roles: ["ADMIN" as const] };
    expect(await code(runMonthEndSeal({ actor: admin, businessDate: "2026-03-11", now: NOW }))).toEqual({
      code: "DATE_IN_FUTURE",
      field: "businessDate",
    });
    expect(await runMonthEndSeal({ actor: admin, businessDate: "2026-03-10", now: NOW })).toEqual({ sealed: 0, settled: 0 });
  });

  it("changes an employer's details with the old and new values audited; opens and closes an agent login", async () => {
    const { a, teller } = await twoEmployers();
    expect(
      await updateEmployer({ actor: teller, employerId: a.id, name: "测试单位", address: "新地址8号", contactPhone: "025-00000000" }),
    ).toEqual({
      changed: ["address"],
    });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "EMPLOYER_CHANGED", entityId: a.id } });
    expect([audit.fromState, audit.toState, audit.windowId]).toEqual([
      '{"address":"测试路1号"}',
      '{"address":"新地址8号"}',
      teller.windowId,
    ]);

    const agent = await createAgent({ actor: teller, employerId: a.id, loginName: "newagent", displayName: "新经办" });
    expect(agent.password).toMatch(/^[A-Za-z2-9]{12}$/);
    const user = await db.user.findUniqueOrThrow({
      where: { id: agent.userId },
      select: { passwordHash: true, roles: true, employerId: true },
    });
    expect(await bcrypt.compare(agent.password, user.passwordHash)).toBe(true);
    expect(user).toMatchObject({ roles: ["EMPLOYER_AGENT"], employerId: a.id });
    expect(await code(createAgent({ actor: teller, employerId: a.id, loginName: "newagent", displayName: "重复" }))).toEqual({
      code: "LOGIN_TAKEN",
      field: "loginName",
    });
    await deactivateAgent({ actor: teller, employerId: a.id, userId: agent.userId });
    expect(await code(deactivateAgent({ actor: teller, employerId: a.id, userId: agent.userId }))).toEqual({
      code: "ALREADY_HANDLED",
      field: undefined,
    });
    const actor = { userId: agent.userId, roles: ["EMPLOYER_AGENT" as const], windowId: null, approvalLimit: null };
    const hire = {
      actor,
      employerId: a.id,
      idNumber: buildResidentId("320102", "1990-05-05", 51),
      name: "某",
      phone: "1",
      base: "8000",
      hiredOn: "2026-03-01",
      now: NOW,
    };
    expect(await code(hireEmployee(hire))).toEqual({ code: "FORBIDDEN_EMPLOYER", field: undefined });
  });
});
