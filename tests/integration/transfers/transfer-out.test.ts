import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { submitTransfer, type SubmitTransferOptions } from "@/lib/transfers/submit-transfer";
import { decideTransferOut } from "@/lib/transfers/decide-transfer-out";
import { handlePlatformMessage } from "@/lib/transfers/handle-platform-message";
import { receivePlatformMessages } from "@/lib/transfers/receive-platform-messages";
import { localPlatform, LOCAL_PLATFORM_CENTERS } from "@/lib/transfers/local-platform";
import { localBank } from "@/lib/bank/local-bank";
import { transferMessage } from "@/lib/transfers/messages";
import type { DomainError } from "@/lib/errors";
import { BEIJING, NOW, OFFLINE, remoteAccount, world, writes } from "./fixtures";

type World = Awaited<ReturnType<typeof world>>;
let keys = 0;
const out = (s: World, over: Partial<SubmitTransferOptions> = {}): SubmitTransferOptions => ({
  actor: s.maker,
  channel: "WINDOW",
  direction: "OUT",
  depositorId: s.holder.depositor.id,
  otherCenterCode: BEIJING,
  idempotencyKey: `out-${++keys}`,
  // At the window the citizen's ID card is read (their presence: lib/withdrawals/window-checks.ts).
  presence: { kind: "ID_CARD", idNumber: s.holder.depositor.idNumber, name: s.holder.depositor.name },
  now: NOW,
  ...over,
});
const approve = (actor: Actor, transferId: string, version = 0) =>
  decideTransferOut({ actor, transferId, version, decision: "APPROVE", note: "", now: NOW });
const account = (s: World) => db.depositAccount.findUniqueOrThrow({ where: { id: s.holder.account.id } });
const beijingAccount = LOCAL_PLATFORM_CENTERS.find((c) => c.code === BEIJING)!.settlementAccount;
const bankBalance = async (no: string) =>
  (await db.simulatedBankAccount.findUniqueOrThrow({ where: { accountNo: no } })).balance.toFixed(2);

describe("transfer out of the city (转出)", () => {
  it("maker submits, a second teller approves, the platform accepts: balance + closing interest leave once, the account is closed at zero", async () => {
    const s = await world("10000.00");
    await remoteAccount(BEIJING, s.holder.depositor);
    await db.contribution.create({
      data: {
        accountId: s.holder.account.id,
        employerId: s.holder.account.employerId,
        month: new Date("2026-01-01T00:00:00Z"),
        base: "8000.00",
        employerAmount: "960.00",
        personalAmount: "960.00",
      },
    });
    const t = await submitTransfer(out(s));
    expect(t).toMatchObject({ status: "SUBMITTED", duplicate: false });
    expect(await submitTransfer(out(s, { idempotencyKey: `out-${keys}` }))).toMatchObject({ transferId: t.transferId, duplicate: true });
    await expect(approve(s.maker, t.transferId)).rejects.toMatchObject({ code: "FOUR_EYES_SUBMITTER" });
    expect(await approve(s.checker, t.transferId)).toEqual({ status: "REQUESTED" });
    await expect(approve(s.payer, t.transferId)).rejects.toMatchObject({ code: "STALE" });
    expect((await account(s)).balance.toFixed(2)).toBe("10000.00");

    // Two staff receive the platform's messages at once: the acceptance is handled once.
    const [a, b] = await Promise.all([
      receivePlatformMessages({ actor: s.payer, now: NOW }),
      receivePlatformMessages({ actor: s.checker, now: NOW }),
    ]);
    expect([...a.completed, ...b.completed]).toEqual([t.transferNo]);
    // And a repeated callback of the same message changes nothing.
    const platformRef = (await db.fundTransfer.findUniqueOrThrow({ where: { id: t.transferId } })).platformRef!;
    const [message] = await db.$transaction((tx) => localPlatform.messagesFor(tx, [platformRef]));
    expect(await handlePlatformMessage(message!, { actor: s.payer, now: NOW, bank: localBank, platform: localPlatform })).toMatchObject({
      outcome: "DUPLICATE",
    });

    // 10,000 held 2025-07-01 … 2026-03-04 = 247 days: 积数 2,470,000 ÷ 24,000 = 102.916… → 102.92
    const done = await db.fundTransfer.findUniqueOrThrow({ where: { id: t.transferId } });
    expect(done).toMatchObject({ status: "COMPLETED", months: 1, inFlightKey: null, decidedById: s.checker.userId });
    expect(done.amount!.toFixed(2)).toBe("10102.92");
    expect(done.closingInterest!.toFixed(2)).toBe("102.92");
    expect(done.receiptRef).toMatch(/^LBP[0-9A-F]{16}$/);
    expect(await account(s)).toMatchObject({ status: "CLOSED" });
    expect((await account(s)).balance.toFixed(2)).toBe("0.00");
    expect(await bankBalance(beijingAccount)).toBe("10102.92");
    expect(await db.simulatedBankPayout.count({ where: { accountNo: beijingAccount } })).toBe(1);
    const entries = await db.ledgerEntry.findMany({ where: { accountId: s.holder.account.id }, orderBy: { id: "asc" } });
    expect(entries.map((e) => [e.kind, e.amount.toFixed(2), e.balanceAfter.toFixed(2)])).toEqual([
      ["ADJUSTMENT", "10000.00", "10000.00"],
      ["INTEREST", "102.92", "10102.92"],
      ["TRANSFER_OUT", "-10102.92", "0.00"],
    ]);
    // The other center got the money and the months.
    expect(await db.simulatedRemoteAccount.findFirstOrThrow({ where: { idNumber: s.holder.idNumber } })).toMatchObject({ months: 1 });
    expect(
      (await db.auditEntry.findMany({ where: { entityId: t.transferId }, orderBy: { id: "asc" } })).map((e) => [e.action, e.actorId]),
    ).toEqual([
      ["TRANSFER_OUT_SUBMITTED", s.maker.userId],
      ["TRANSFER_OUT_APPROVED", s.checker.userId],
      ["TRANSFER_OUT_PAID", expect.any(String)],
    ]);
    // Closed: no second transfer.
    await expect(submitTransfer(out(s))).rejects.toMatchObject({ code: "ACCOUNT_CLOSED" });
  });

  it("the other center refuses: nothing moves and the depositor may apply again", async () => {
    const s = await world("3000.00");
    const t = await submitTransfer(out(s));
    await approve(s.checker, t.transferId);
    expect(await receivePlatformMessages({ actor: s.payer, now: NOW })).toMatchObject({ refused: [t.transferNo], completed: [] });
    const refused = await db.fundTransfer.findUniqueOrThrow({ where: { id: t.transferId } });
    expect(refused).toMatchObject({ status: "REFUSED", inFlightKey: null });
    expect(refused.refusalReason).toContain("北京住房公积金管理中心未查到该职工的住房公积金账户");
    expect(await account(s)).toMatchObject({ status: "NORMAL" });
    expect((await account(s)).balance.toFixed(2)).toBe("3000.00");
    // Nothing moved: no interest posted, nothing transferred out, no bank payout.
    expect((await db.ledgerEntry.findMany({ where: { accountId: s.holder.account.id } })).map((e) => e.kind)).toEqual(["ADJUSTMENT"]);
    expect(await db.simulatedBankPayout.count({ where: { reference: `transfer-out:${t.transferId}` } })).toBe(0);
    expect(await submitTransfer(out(s))).toMatchObject({ status: "SUBMITTED" });
  });

  it("a platform that does not answer rolls the approval back; a bank refusal leaves it to be received again", async () => {
    const s = await world("3000.00");
    const t = await submitTransfer(out(s, { otherCenterCode: OFFLINE }));
    await expect(approve(s.checker, t.transferId)).rejects.toMatchObject({ code: "PLATFORM_UNAVAILABLE" });
    expect(await db.fundTransfer.findUniqueOrThrow({ where: { id: t.transferId } })).toMatchObject({ status: "SUBMITTED", version: 0 });
    expect(await db.auditEntry.count({ where: { entityId: t.transferId, action: "TRANSFER_OUT_APPROVED" } })).toBe(0);

    const s2 = await world("2000.00");
    await remoteAccount(BEIJING, s2.holder.depositor);
    const t2 = await submitTransfer(out(s2));
    await approve(s2.checker, t2.transferId);
    await db.simulatedBankAccount.update({ where: { accountNo: beijingAccount }, data: { payFailure: "收款账户已冻结" } });
    const failed = await receivePlatformMessages({ actor: s2.payer, now: NOW });
    expect(failed.failed.map((f) => [f.transferNo, f.error.code])).toEqual([[t2.transferNo, "BANK_PAY_FAILED"]]);
    expect(transferMessage(failed.failed[0]!.error)).toBe(
      "银行划款未成功，账户余额未扣减，可稍后重新接收平台消息再次划款（收款账户已冻结）",
    );
    expect((await db.depositAccount.findUniqueOrThrow({ where: { id: s2.holder.account.id } })).balance.toFixed(2)).toBe("2000.00");
    expect(await db.ledgerEntry.count({ where: { accountId: s2.holder.account.id, kind: "INTEREST" } })).toBe(0);
    expect(await db.fundTransfer.findUniqueOrThrow({ where: { id: t2.transferId } })).toMatchObject({ status: "REQUESTED" });
    expect(await db.simulatedBankPayout.count({ where: { reference: `transfer-out:${t2.transferId}` } })).toBe(0);

    await db.simulatedBankAccount.update({ where: { accountNo: beijingAccount }, data: { payFailure: null } });
    expect((await receivePlatformMessages({ actor: s2.payer, now: NOW })).completed).toEqual([t2.transferNo]);
    expect((await db.depositAccount.findUniqueOrThrow({ where: { id: s2.holder.account.id } })).status).toBe("CLOSED");
  });
});

describe("refusals write nothing", () => {
  it("the same center, an unknown center, a loan outstanding (as co-borrower too), a ban: a Chinese message and no row", async () => {
    const s = await world("5000.00");
    const own = await db.depositAccount.findUniqueOrThrow({
      where: { id: s.holder.account.id },
      select: { employer: { select: { centerId: true } } },
    });
    await db.fundCenter.update({ where: { id: own.employer.centerId }, data: { code: "320100" } });
    const before = await writes();

    const same = await submitTransfer(out(s, { otherCenterCode: "320100" })).catch((e: unknown) => e as DomainError);
    expect(same).toMatchObject({ code: "SAME_CENTER", field: "otherCenterCode" });
    expect(transferMessage(same as DomainError)).toContain("同一公积金中心");
    await expect(submitTransfer(out(s, { otherCenterCode: "999999" }))).rejects.toMatchObject({ code: "UNKNOWN_CENTER" });

    const unit = await db.propertyUnit.create({
      data: {
        unitNo: "TR-1",
        district: "鼓楼区",
        address: "测试路1号",
        buildingArea: "89.00",
        usage: "住宅",
        floor: 3,
        totalFloors: 18,
        builtYear: 2015,
      },
    });
    const other = await db.depositor.create({
      data: {
        idNumber: "32010219900101999X",
        name: "借款人",
        gender: "MALE",
        birthDate: new Date("1990-01-01T00:00:00Z"),
        phone: "13800000000",
        maritalStatus: "MARRIED",
        monthlyIncome: "9000.00",
      },
    });
    const loan = await db.loan.create({
      data: {
        loanNo: "DK-TR-1",
        borrowerId: other.id,
        coBorrowerId: s.holder.depositor.id,
        unitId: unit.id,
        purchasePrice: "1500000.00",
        isFirstHome: true,
        principal: "500000.00",
        annualRatePercent: "2.850",
        termMonths: 240,
        method: "EQUAL_INSTALLMENT",
        status: "ACTIVE",
      },
    });
    const owed = await submitTransfer(out(s)).catch((e: unknown) => e as DomainError);
    expect(owed).toMatchObject({ code: "LOAN_OUTSTANDING", details: { loanNo: "DK-TR-1" } });
    expect(transferMessage(owed as DomainError)).toContain("尚有未结清");
    await db.loan.update({ where: { id: loan.id }, data: { status: "PAID_OFF" } });

    await db.blacklistEntry.create({
      data: {
        idNumber: s.holder.depositor.idNumber,
        name: s.holder.depositor.name,
        reason: "虚假租赁合同",
        evidence: "出租人证明",
        decidedById: s.checker.userId,
        startsOn: new Date("2026-03-01T00:00:00Z"),
        endsOn: new Date("2031-03-01T00:00:00Z"),
      },
    });
    const banned = await submitTransfer(out(s)).catch((e: unknown) => e as DomainError);
    expect(banned).toMatchObject({ code: "BLACKLISTED" });
    expect(transferMessage(banned as DomainError)).toBe(
      "申请人已被列入失信黑名单（虚假租赁合同），2031-03-01 前不得办理住房公积金提取和贷款",
    );
    expect(await writes()).toEqual(before);
  });

  it("a citizen can transfer only their own account; a second transfer in flight is refused", async () => {
    const s = await world("5000.00");
    const s2 = await world("100.00");
    const before = await writes();
    await expect(submitTransfer(out(s2, { actor: s.citizen, channel: "ONLINE" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await writes()).toEqual(before);
    await submitTransfer(out(s, { actor: s.citizen, channel: "ONLINE" }));
    await expect(submitTransfer(out(s, { actor: s.citizen, channel: "ONLINE" }))).rejects.toMatchObject({ code: "TRANSFER_IN_FLIGHT" });
    // Two different requests at the same moment (two tabs): one transfer, the other refused.
    const s3 = await world("700.00");
    const raced = await Promise.allSettled([
      submitTransfer(out(s3, { actor: s3.citizen, channel: "ONLINE" })),
      submitTransfer(out(s3, { actor: s3.citizen, channel: "ONLINE" })),
    ]);
    expect(raced.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((raced.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "TRANSFER_IN_FLIGHT" });
    expect(await db.fundTransfer.count({ where: { depositorId: s3.holder.depositor.id } })).toBe(1);
  });

  it("a ban filed after approval refuses the payout when the other center accepts", async () => {
    const s = await world("5000.00");
    await remoteAccount(BEIJING, s.holder.depositor);
    const t = await submitTransfer(out(s));
    await approve(s.checker, t.transferId);
    await db.blacklistEntry.create({
      data: {
        idNumber: s.holder.depositor.idNumber,
        name: s.holder.depositor.name,
        reason: "伪造证明材料",
        evidence: "核查记录",
        decidedById: s.checker.userId,
        startsOn: new Date("2026-03-01T00:00:00Z"),
        endsOn: new Date("2031-03-01T00:00:00Z"),
      },
    });
    expect((await receivePlatformMessages({ actor: s.payer, now: NOW })).refused).toEqual([t.transferNo]);
    expect((await db.fundTransfer.findUniqueOrThrow({ where: { id: t.transferId } })).refusalReason).toContain("伪造证明材料");
    expect((await account(s)).balance.toFixed(2)).toBe("5000.00");
    expect(await db.simulatedBankPayout.count({ where: { reference: `transfer-out:${t.transferId}` } })).toBe(0);
  });
});
