import { beforeAll, describe, expect, it } from "vitest";
import { dateColumn } from "@/lib/dates/calendar";
import { db } from "@/lib/db";
import { findCitizenLoanRef, loanServicingView } from "@/lib/servicing/queries";
import { markNoticeRead } from "@/lib/servicing/use-cases/mark-notice-read";
import { revokeDeductionAuthorization } from "@/lib/servicing/use-cases/revoke-deduction-authorization";
import { signDeductionAuthorization } from "@/lib/servicing/use-cases/sign-deduction-authorization";
import { confirmSpouseDeduction } from "@/lib/servicing/use-cases/confirm-spouse-deduction";
import { at, createCitizen, createEmployer, createLoan, createOfficer } from "./fixtures";

const spec = { principal: "120000.00", annualRatePercent: "3.1", months: 12, firstDueDate: "2026-01-15", disbursedOn: "2025-12-15" };
type Citizen = Awaited<ReturnType<typeof createCitizen>>;
let borrower: Citizen, spouse: Citizen, coBorrower: Citizen, single: Citizen, stranger: Citizen;
let loanId: string, singleLoanId: string;

beforeAll(async () => {
  const employer = await createEmployer();
  borrower = await createCitizen(employer.id, { name: "吴丈夫", married: true });
  spouse = await createCitizen(employer.id, { name: "郑妻子", married: true });
  coBorrower = await createCitizen(employer.id, { name: "冯共借" });
  single = await createCitizen(employer.id, { name: "陈单身" });
  stranger = await createCitizen(employer.id, { name: "褚路人" });
  // The spouse link is recorded on one side only; either direction counts.
  await db.depositor.update({ where: { id: spouse.depositor.id }, data: { spouseId: borrower.depositor.id } });
  loanId = (
    await createLoan(borrower.depositor.id, { ...spec, loanNo: "A001", coBorrowerId: coBorrower.depositor.id, paidSeqs: [1, 2, 3] })
  ).loan.id;
  singleLoanId = (await createLoan(single.depositor.id, { ...spec, loanNo: "A002", paidSeqs: [1, 2, 3, 4] })).loan.id;
});

describe("deduction authorization (委托扣划)", () => {
  it("the borrower signs for their own account; signing the same again returns it; another account must wait for a revoke", async () => {
    const first = await signDeductionAuthorization({ actor: borrower.actor, loanId, account: "OWN" });
    expect(first).toMatchObject({ accountNo: borrower.account.accountNo, holderName: "吴丈夫", duplicate: false });
    expect(await signDeductionAuthorization({ actor: borrower.actor, loanId, account: "OWN" })).toMatchObject({
      authorizationId: first.authorizationId,
      duplicate: true,
    });
    await expect(signDeductionAuthorization({ actor: borrower.actor, loanId, account: "SPOUSE" })).rejects.toMatchObject({
      code: "AUTHORIZATION_ACTIVE",
    });
    expect(await db.deductionAuthorization.count({ where: { loanId } })).toBe(1);

    expect(await revokeDeductionAuthorization({ actor: borrower.actor, loanId, authorizationId: first.authorizationId })).toEqual({
      revoked: true,
    });
    expect(await revokeDeductionAuthorization({ actor: borrower.actor, loanId, authorizationId: first.authorizationId })).toEqual({
      revoked: false,
    });
    const revoked = await db.deductionAuthorization.findUniqueOrThrow({ where: { id: first.authorizationId } });
    expect(revoked).toMatchObject({ activeKey: null, revokedById: borrower.user.id });

    const second = await signDeductionAuthorization({ actor: borrower.actor, loanId, account: "SPOUSE" });
    expect(second).toMatchObject({ accountNo: spouse.account.accountNo, holderName: "郑妻子", duplicate: false });
    // Issue 14: the spouse's account is deducted only after the spouse's own confirmation.
    await confirmSpouseDeduction({ confirmer: { online: spouse.actor }, authorizationId: second.authorizationId });
    expect(
      await db.auditEntry.count({
        where: {
          entityType: "DeductionAuthorization",
          action: { in: ["DEDUCTION_AUTHORIZATION_SIGNED", "DEDUCTION_AUTHORIZATION_REVOKED"] },
        },
      }),
    ).toBe(3);
  });

  it("only the registered spouse's account, only a NORMAL account, only the borrower", async () => {
    await expect(signDeductionAuthorization({ actor: single.actor, loanId: singleLoanId, account: "SPOUSE" })).rejects.toMatchObject({
      code: "NO_SPOUSE",
      field: "account",
    });
    await db.depositAccount.update({ where: { id: single.account.id }, data: { status: "SEALED" } });
    await expect(signDeductionAuthorization({ actor: single.actor, loanId: singleLoanId, account: "OWN" })).rejects.toMatchObject({
      code: "ACCOUNT_NOT_NORMAL",
      field: "account",
    });
    await db.depositAccount.update({ where: { id: single.account.id }, data: { status: "NORMAL" } });
    await expect(signDeductionAuthorization({ actor: coBorrower.actor, loanId, account: "OWN" })).rejects.toMatchObject({
      code: "BORROWER_ONLY",
    });
    await expect(signDeductionAuthorization({ actor: stranger.actor, loanId, account: "OWN" })).rejects.toMatchObject({
      code: "LOAN_NOT_FOUND",
    });
    const active = await db.deductionAuthorization.findUniqueOrThrow({ where: { activeKey: loanId } });
    await expect(revokeDeductionAuthorization({ actor: stranger.actor, loanId, authorizationId: active.id })).rejects.toMatchObject({
      code: "LOAN_NOT_FOUND",
    });
    await expect(
      revokeDeductionAuthorization({ actor: single.actor, loanId: singleLoanId, authorizationId: active.id }),
    ).rejects.toMatchObject({ code: "AUTHORIZATION_NOT_FOUND" });
  });
});

describe("the citizen's servicing view and overdue notices", () => {
  it("finds the loan only for its borrower and co-borrower", async () => {
    expect(await findCitizenLoanRef("A001", borrower.depositor.id)).toEqual({ id: loanId, loanNo: "A001", isBorrower: true });
    expect(await findCitizenLoanRef("A001", coBorrower.depositor.id)).toEqual({ id: loanId, loanNo: "A001", isBorrower: false });
    expect(await findCitizenLoanRef("A001", stranger.depositor.id)).toBeNull();
  });

  it("shows next due, the overdue amounts, the deduction order, the active authorization and the notices; opening a notice marks it read once", async () => {
    const officer = await createOfficer("risk09");
    const collection = await db.collectionCase.create({
      data: {
        loanId,
        status: "OPEN",
        openKey: loanId,
        openedOn: dateColumn("2026-04-16"),
        collectorId: officer.id,
        overduePeriodsAtOpen: 1,
      },
    });
    await db.overdueNotice.create({
      data: {
        noticeNo: "YQTZ202600001",
        caseId: collection.id,
        loanId,
        issuedOn: dateColumn("2026-04-20"),
        overduePeriods: 1,
        overduePrincipal: "9935.31",
        overdueInterest: "233.40",
        penaltyInterest: "6.42",
        totalDue: "10175.13",
        payBy: dateColumn("2026-05-05"),
        issuedById: officer.id,
      },
    });
    await db.penaltyPosting.create({
      data: { loanId, businessDate: dateColumn("2026-04-20"), base: "9935.31", ratePercent: "4.65", amount: "1.28" },
    });

    const view = await loanServicingView(loanId, { now: at("2026-04-20") });
    expect(view).toMatchObject({
      loanNo: "A001",
      status: "ACTIVE",
      businessDate: "2026-04-20",
      serviced: true,
      nextDue: { seq: 5, dueDate: "2026-05-15", amount: "¥10,168.71", partlyPaid: false },
      overdue: { periods: 1, principal: "¥9,935.31", interest: "¥233.40", penalty: "¥1.28", total: "¥10,169.99", any: true },
      repay: { suggested: "10169.99", dueNow: "10169.99" },
      authorization: { accountNo: spouse.account.accountNo, holderName: "郑妻子", ofSpouse: true },
      prepayment: { allowed: false },
      payoff: { available: false },
      notices: [
        {
          noticeNo: "YQTZ202600001",
          issuedOn: "2026-04-20",
          payBy: "2026-05-05",
          overduePeriods: 1,
          totalDue: "¥10,175.13",
          read: false,
          readAt: null,
        },
      ],
    });
    expect(view.deductionOrder.map((o) => o.label)).toEqual(["逾期罚息", "逾期利息", "逾期本金", "当期利息", "当期本金"]);
    expect(view.prepayment).toMatchObject({ reason: expect.stringContaining("逾期欠款 ¥10,169.99") });
    expect(view.accountOptions.map((o) => o.choice)).toEqual(["OWN", "SPOUSE"]);

    await expect(markNoticeRead({ actor: stranger.actor, noticeNo: "YQTZ202600001" })).rejects.toMatchObject({ code: "NOTICE_NOT_FOUND" });
    expect(
      await markNoticeRead({ actor: coBorrower.actor, noticeNo: "YQTZ202600001", now: new Date("2026-04-21T01:00:00Z") }),
    ).toMatchObject({ firstRead: true });
    expect(await markNoticeRead({ actor: borrower.actor, noticeNo: "YQTZ202600001" })).toMatchObject({ firstRead: false });
    expect(await db.auditEntry.count({ where: { action: "OVERDUE_NOTICE_READ" } })).toBe(1);
    const reread = await loanServicingView(loanId, { now: at("2026-04-20") });
    expect(reread.notices[0]).toMatchObject({ read: true, readAt: "2026-04-21 09:00" });
  });

  it("a loan in good standing offers prepayment terms and today's payoff quote", async () => {
    const view = await loanServicingView(singleLoanId, { now: at("2026-05-10") });
    expect(view.prepayment).toEqual({
      allowed: true,
      remainingPrincipal: "¥80,412.09",
      remainingRaw: "80412.09",
      nextSeq: 5,
      accrueFrom: "2026-04-15",
      minAmount: "10000.00",
      multipleOf: "100",
    });
    expect(view.payoff).toEqual({
      available: true,
      takesEffectOn: "2026-05-10",
      principal: "80412.09",
      accruedDays: 25,
      accruedInterest: "173.11",
      total: "80585.20",
    });
    expect(view.accountOptions.map((o) => o.choice)).toEqual(["OWN"]);
    expect(view.repay).toEqual({ suggested: "0.00", dueNow: "0.00" });
  });
});
