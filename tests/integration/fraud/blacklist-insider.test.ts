import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addMonthsClamped } from "@/lib/dates/calendar";
import { submitWithdrawal } from "@/lib/withdrawals/submit-withdrawal";
import { decideWithdrawal } from "@/lib/withdrawals/decide-withdrawal";
import { decisionDeadline } from "@/lib/withdrawals/deadline";
import { WEEKDAYS_ONLY } from "@/lib/calendar/working-days";
import { loadApplicantFacts } from "@/lib/cases/applicant-facts";
import { openCaseAtWindow } from "@/lib/cases/open-case";
import { acceptLoanMatter } from "@/lib/cases/accept-loan";
import { approveLoan } from "@/lib/cases/review-loan";
import { recheckAndDisburse } from "@/lib/cases/recheck-and-disburse";
import { resolveFlag } from "@/lib/fraud/resolve-flag";
import { addToBlacklist } from "@/lib/fraud/add-to-blacklist";
import { liftBan } from "@/lib/fraud/lift-ban";
import { setBlacklistYears } from "@/lib/fraud/set-blacklist-years";
import { screenLoanAcceptance } from "@/lib/fraud/screen-loan";
import { DomainError } from "@/lib/errors";
import { fraudRefusalText } from "@/lib/fraud/refusal-messages";
import { FRAUD_PEOPLE, FRAUD_SELLERS } from "../../../prisma/seed/fraud";
import { TODAY, application, citizen, homeOf, seedAll, staff } from "./seeded";

const P = FRAUD_PEOPLE;
const rent = { monthlyRent: "1500.00", months: "2" };
/** The refusal a promise ends in, and its words as the user reads them (rendered from its facts at the edge). */
const refusalOf = async (p: Promise<unknown>) => {
  const error = (await p.then(
    () => expect.fail("expected a refusal"),
    (e: unknown) => e,
  )) as DomainError;
  return { error, text: fraudRefusalText(error) };
};

beforeAll(seedAll, 180_000);

describe("blacklist", () => {
  it("refuses a banned person's withdrawal with the reason and the end date, and keeps the attempt on record", async () => {
    const banned = await citizen(P.banned.idNumber);
    const app = application(banned.depositorId, banned.userId, { reasonCode: "07", amount: "3000.00", claim: rent });
    const endsOn = (await db.blacklistEntry.findUniqueOrThrow({ where: { id: "fraud_ban_1" } })).endsOn.toISOString().slice(0, 10);
    const refused = await refusalOf(submitWithdrawal(app));
    expect(refused.error).toMatchObject({
      code: "BLACKLISTED",
      details: { banReason: "伪造购房合同骗提住房公积金", endsOn, atWindow: false, entryId: "fraud_ban_1" },
    });
    expect(refused.text).toBe(`您已被列入失信黑名单（伪造购房合同骗提住房公积金），${endsOn} 前不得办理住房公积金提取和贷款`);
    expect(await db.withdrawal.count({ where: { depositorId: banned.depositorId } })).toBe(0);
    expect(await db.auditEntry.count({ where: { action: "BLACKLIST_REFUSAL", entityId: "fraud_ban_1" } })).toBe(1);
  });

  it("refuses a banned person's loan: the applicant facts say so and acceptance lists BLACKLISTED", async () => {
    const facts = await loadApplicantFacts(db, P.banned.idNumber, TODAY);
    expect(facts).toMatchObject({ blacklisted: true, ban: { reason: "伪造购房合同骗提住房公积金" } });
    expect((await loadApplicantFacts(db, P.liftedBan.idNumber, TODAY)).blacklisted).toBe(false);
    const teller = await staff("teller04", 4);
    const opened = await openCaseAtWindow({ actor: teller, idNumber: P.banned.idNumber });
    const home = await homeOf(P.banned.idNumber);
    const refusal = await acceptLoanMatter({
      actor: teller,
      caseId: opened.caseId,
      property: home.certNo,
      amount: "300000.00",
      termMonths: 240,
      method: "EQUAL_INSTALLMENT",
      payeeName: "南京某房地产开发有限公司",
      payeeAccount: "32001881236052500001",
    }).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: "NOT_ELIGIBLE" });
    const problems = (refusal as { details: { problems: { code: string; message: string }[] } }).details.problems;
    expect(problems).toContainEqual(expect.objectContaining({ code: "BLACKLISTED", message: "申请人在失信名单中，不能申请贷款" }));
  });

  it("lifting a ban needs an ADMIN and a reason; the person may then apply again", async () => {
    const risk = await staff("risk01");
    const admin = await staff("admin");
    await expect(liftBan({ actor: risk, entryId: "fraud_ban_1", reason: "误列" })).rejects.toMatchObject({ code: "FORBIDDEN_ROLE" });
    await expect(liftBan({ actor: admin, entryId: "fraud_ban_1", reason: "  " })).rejects.toMatchObject({
      code: "REASON_REQUIRED",
      field: "liftReason",
    });
    await liftBan({ actor: admin, entryId: "fraud_ban_1", reason: "法院判决撤销原处理决定" });
    await expect(liftBan({ actor: admin, entryId: "fraud_ban_1", reason: "再次解除" })).rejects.toMatchObject({ code: "ALREADY_LIFTED" });
    expect(
      await db.blacklistEntry.findUniqueOrThrow({ where: { id: "fraud_ban_1" }, select: { liftedById: true, liftReason: true } }),
    ).toEqual({ liftedById: admin.userId, liftReason: "法院判决撤销原处理决定" });
    const banned = await citizen(P.banned.idNumber);
    const result = await submitWithdrawal(
      application(banned.depositorId, banned.userId, { reasonCode: "07", amount: "3000.00", claim: rent }),
    );
    expect(result.status).toBe("SUBMITTED");
  });

  it("a ban lasts the configured years (ADMIN sets them) and a person is banned once at a time", async () => {
    const risk = await staff("risk01");
    const admin = await staff("admin");
    await expect(setBlacklistYears({ actor: risk, years: 3 })).rejects.toMatchObject({ code: "FORBIDDEN_ROLE" });
    await expect(setBlacklistYears({ actor: admin, years: 0 })).rejects.toMatchObject({ code: "INVALID_YEARS" });
    await setBlacklistYears({ actor: admin, years: 3 });
    const added = await addToBlacklist({ actor: risk, idNumber: P.liftedBan.idNumber, reason: "虚假租赁合同", evidence: "出租人证明" });
    expect(added.endsOn).toBe(addMonthsClamped(TODAY, 36));
    await expect(addToBlacklist({ actor: risk, idNumber: P.liftedBan.idNumber, reason: "再次", evidence: "—" })).rejects.toMatchObject({
      code: "ALREADY_BLACKLISTED",
      details: { endsOn: added.endsOn },
    });
    await expect(addToBlacklist({ actor: risk, idNumber: "320121198001010000", reason: "x", evidence: "y" })).rejects.toMatchObject({
      code: "INVALID_ID_NUMBER",
    });
    const teller = await staff("teller01", 1);
    await expect(addToBlacklist({ actor: teller, idNumber: P.forger.idNumber, reason: "x", evidence: "y" })).rejects.toMatchObject({
      code: "FORBIDDEN_ROLE",
    });
  });
});

describe("the risk officer's decision on a held withdrawal", () => {
  it("confirming the duplicate illness claim rejects it and blacklists the person, whose next withdrawal is refused", async () => {
    const risk = await staff("risk01");
    const flag = await db.fraudFlag.findFirstOrThrow({
      where: { kind: "DUPLICATE_MEDICAL_RECORD", withdrawal: { depositor: { idNumber: P.illnessCopy.idNumber } } },
      select: { id: true, withdrawalId: true },
    });
    const teller = await staff("teller05", 5);
    await expect(
      decideWithdrawal({ withdrawalId: flag.withdrawalId!, version: 0, decision: "APPROVE", note: "", actor: teller }),
    ).rejects.toMatchObject({ code: "HELD" });
    await expect(resolveFlag({ actor: risk, flagId: flag.id, decision: "CONFIRM", note: " " })).rejects.toMatchObject({
      code: "NOTE_REQUIRED",
    });
    const result = await resolveFlag({
      actor: risk,
      flagId: flag.id,
      decision: "CONFIRM",
      note: "与孟庆华病历完全一致，系冒用",
      blacklist: { reason: "冒用他人病历骗提住房公积金" },
    });
    expect(result).toMatchObject({ status: "CONFIRMED", withdrawalStatus: "REJECTED" });
    await expect(resolveFlag({ actor: risk, flagId: flag.id, decision: "DISMISS", note: "again" })).rejects.toMatchObject({
      code: "ALREADY_RESOLVED",
    });
    expect(
      await db.withdrawal.findUniqueOrThrow({
        where: { id: flag.withdrawalId! },
        select: { status: true, inFlightKey: true, reviewNote: true },
      }),
    ).toEqual({
      status: "REJECTED",
      inFlightKey: null,
      reviewNote: "经风险核查确认存在欺诈：与孟庆华病历完全一致，系冒用",
    });
    const entry = await db.blacklistEntry.findUniqueOrThrow({
      where: { id: result.blacklistEntryId! },
      select: { idNumber: true, flagId: true, decidedById: true, reason: true },
    });
    expect(entry).toEqual({
      idNumber: P.illnessCopy.idNumber,
      flagId: flag.id,
      decidedById: risk.userId,
      reason: "冒用他人病历骗提住房公积金",
    });
    const copy = await citizen(P.illnessCopy.idNumber);
    const refused = await refusalOf(
      submitWithdrawal(application(copy.depositorId, copy.userId, { reasonCode: "07", amount: "3000.00", claim: rent })),
    );
    expect(refused.error).toMatchObject({ code: "BLACKLISTED", details: { banReason: "冒用他人病历骗提住房公积金" } });
    expect(refused.text).toContain("您已被列入失信黑名单（冒用他人病历骗提住房公积金）");
  });

  it("clearing the unknown-invoice flag sends the purchase to the reviewers with a fresh 3-day deadline", async () => {
    const risk = await staff("risk01");
    const flag = await db.fraudFlag.findFirstOrThrow({
      where: { kind: "INVOICE_NOT_FOUND", withdrawalId: "fraud_wd_purchase1" },
      select: { id: true },
    });
    expect(await resolveFlag({ actor: risk, flagId: flag.id, decision: "DISMISS", note: "税务机关补录后核实无误" })).toMatchObject({
      status: "DISMISSED",
      withdrawalStatus: "SUBMITTED",
      blacklistEntryId: null,
    });
    const w = await db.withdrawal.findUniqueOrThrow({ where: { id: "fraud_wd_purchase1" }, select: { status: true, decideBy: true } });
    expect({ status: w.status, decideBy: w.decideBy.toISOString().slice(0, 10) }).toEqual({
      status: "SUBMITTED",
      decideBy: decisionDeadline(TODAY, WEEKDAYS_ONLY),
    });
    expect(
      await db.auditEntry.count({ where: { entityType: "Withdrawal", entityId: "fraud_wd_purchase1", action: "WITHDRAWAL_RELEASED" } }),
    ).toBe(1);
  });
});

describe("insider controls", () => {
  it("a teller cannot open a case for a declared relative (refused, flagged with the teller as handler)", async () => {
    const teller = await staff("teller01", 1);
    const refused = await refusalOf(openCaseAtWindow({ actor: teller, idNumber: P.tellerRelative.idNumber }));
    expect(refused.error).toMatchObject({ code: "INSIDER_CONFLICT", details: { kind: "RELATIVE", relation: "父亲" } });
    expect(refused.text).toBe("申请人是您已申报的亲属（父亲），请交由其他工作人员办理");
    const flag = await db.fraudFlag.findFirstOrThrow({
      where: { kind: "INSIDER_CONFLICT", handledById: teller.userId },
      select: { reason: true, windowId: true },
    });
    expect(flag).toEqual({ reason: "经办人员试图开立办件，申请人为其已申报亲属（父亲 陈建国），已拒绝", windowId: teller.windowId });
    expect(await db.case.count({ where: { depositor: { idNumber: P.tellerRelative.idNumber } } })).toBe(0);
  });

  it("a teller cannot take, approve or pay their own withdrawal", async () => {
    const teller = await staff("teller02", 2);
    const himself = await citizen(P.tellerHimself.idNumber);
    const atWindow = {
      ...application(himself.depositorId, teller.userId, { reasonCode: "07", amount: "3000.00", claim: rent }),
      channel: "WINDOW" as const,
      actor: teller,
    };
    const refused = await refusalOf(submitWithdrawal(atWindow));
    expect(refused.error).toMatchObject({ code: "INSIDER_CONFLICT", details: { kind: "SELF" } });
    expect(refused.text).toBe("经办人员不得办理本人的业务，请交由其他工作人员办理");
    const online = await submitWithdrawal(
      application(himself.depositorId, himself.userId, { reasonCode: "07", amount: "3000.00", claim: rent }),
    );
    await expect(
      decideWithdrawal({ withdrawalId: online.withdrawalId, version: 0, decision: "APPROVE", note: "", actor: teller }),
    ).rejects.toMatchObject({ code: "INSIDER_CONFLICT" });
    const other = await staff("teller03", 3);
    await decideWithdrawal({ withdrawalId: online.withdrawalId, version: 0, decision: "APPROVE", note: "", actor: other });
    const flags = await db.fraudFlag.findMany({
      where: { kind: "INSIDER_CONFLICT", handledById: teller.userId },
      orderBy: { createdAt: "asc" },
      select: { withdrawalId: true, detail: true },
    });
    expect(flags.map((f) => [(f.detail as { action: string }).action, f.withdrawalId])).toEqual([
      ["WITHDRAWAL_SUBMIT", null],
      ["WITHDRAWAL_DECIDE", online.withdrawalId],
    ]);
  });

  it("a reviewer cannot approve or recheck a loan of a declared relative", async () => {
    const accepted = await db.caseMatter.findFirstOrThrow({
      where: { kind: "LOAN", status: "OPEN", loanStage: "ACCEPTED" },
      orderBy: { id: "asc" },
      select: { id: true, loan: { select: { borrower: { select: { idNumber: true, name: true } } } } },
    });
    const reviewer = await staff("reviewer02");
    await db.staffRelative.create({
      data: { userId: reviewer.userId, idNumber: accepted.loan!.borrower.idNumber, name: accepted.loan!.borrower.name, relation: "配偶" },
    });
    await expect(approveLoan({ actor: reviewer, matterId: accepted.id })).rejects.toMatchObject({ code: "INSIDER_CONFLICT" });
    expect(await db.fraudFlag.count({ where: { kind: "INSIDER_CONFLICT", caseMatterId: accepted.id, handledById: reviewer.userId } })).toBe(
      1,
    );
    expect((await db.caseMatter.findUniqueOrThrow({ where: { id: accepted.id } })).loanStage).toBe("ACCEPTED");

    const registered = await db.caseMatter.findFirstOrThrow({
      where: { kind: "LOAN", status: "OPEN", loanStage: "MORTGAGE_REGISTERED" },
      orderBy: { id: "asc" },
      select: {
        id: true,
        approvedById: true,
        case: { select: { acceptedById: true } },
        loan: { select: { borrower: { select: { idNumber: true, name: true } } } },
      },
    });
    const logins = ["reviewer01", "reviewer02", "supervisor"];
    const candidates = await Promise.all(logins.map((l) => staff(l)));
    const checker = candidates.find((c) => c.userId !== registered.approvedById && c.userId !== registered.case.acceptedById)!;
    await db.staffRelative.upsert({
      where: { userId_idNumber: { userId: checker.userId, idNumber: registered.loan!.borrower.idNumber } },
      create: {
        userId: checker.userId,
        idNumber: registered.loan!.borrower.idNumber,
        name: registered.loan!.borrower.name,
        relation: "兄弟",
      },
      update: {},
    });
    await expect(recheckAndDisburse({ actor: checker, matterId: registered.id })).rejects.toMatchObject({ code: "INSIDER_CONFLICT" });
    expect(await db.disbursement.count({ where: { loan: { matter: { id: registered.id } } } })).toBe(0);
  });
});

describe("loan acceptance checks (screenLoanAcceptance, for lib/cases/accept-loan.ts)", () => {
  it("flags a home traded twice in 12 months but lets the acceptance go on", async () => {
    const teller = await staff("teller06", 6);
    const buyer = await citizen(P.flipBuyer.idNumber);
    const home = await homeOf(P.flipBuyer.idNumber);
    const result = await db.$transaction((tx) =>
      screenLoanAcceptance(tx, {
        property: home.unitNo,
        applicantIdNumbers: [P.flipBuyer.idNumber],
        depositorId: buyer.depositorId,
        actor: { userId: teller.userId, windowId: teller.windowId, staff: true },
      }),
    );
    expect(result.flagIds).toHaveLength(1);
    expect(
      await db.fraudFlag.findUniqueOrThrow({ where: { id: result.flagIds[0] }, select: { kind: true, handledById: true, status: true } }),
    ).toEqual({ kind: "REPEAT_TRADE", handledById: teller.userId, status: "OPEN" });
    expect(await db.auditEntry.count({ where: { action: "FRAUD_FLAG_RAISED", entityId: result.flagIds[0] } })).toBe(1);
  });

  it("flags a home the applicant does not own; the flag survives the rollback of the refused acceptance", async () => {
    const teller = await staff("teller06", 6);
    const forger = await citizen(P.forger.idNumber);
    const home = await homeOf(FRAUD_SELLERS.forgeryOwner.idNumber);
    const before = await db.fraudFlag.count({ where: { depositorId: forger.depositorId, kind: "REGISTRY_MISMATCH" } });
    await expect(
      db.$transaction(async (tx) => {
        await tx.auditEntry.create({ data: { action: "TEST_BEFORE_SCREEN", entityType: "T", entityId: "1" } });
        const screened = await screenLoanAcceptance(tx, {
          property: home.certNo,
          applicantIdNumbers: [P.forger.idNumber],
          depositorId: forger.depositorId,
          actor: { userId: teller.userId, windowId: teller.windowId, staff: true },
        });
        expect(screened.registryMismatch).toBe(true);
        // What acceptLoanMatter's evaluation then does with the same home: refuse, rolling back.
        throw new DomainError("NOT_ELIGIBLE", { details: { problems: [{ code: "OWNER_MISMATCH" }] } });
      }),
    ).rejects.toMatchObject({ code: "NOT_ELIGIBLE" });
    expect(await db.fraudFlag.count({ where: { depositorId: forger.depositorId, kind: "REGISTRY_MISMATCH" } })).toBe(before + 1);
    expect(await db.auditEntry.count({ where: { action: "TEST_BEFORE_SCREEN" } })).toBe(0);
  });

  it("refuses a teller accepting a loan of a declared relative", async () => {
    const teller = await staff("teller01", 1);
    const relative = await citizen(P.tellerRelative.idNumber);
    await expect(
      db.$transaction((tx) =>
        screenLoanAcceptance(tx, {
          property: "无",
          applicantIdNumbers: [P.tellerRelative.idNumber],
          depositorId: relative.depositorId,
          actor: { userId: teller.userId, windowId: teller.windowId, staff: true },
        }),
      ),
    ).rejects.toMatchObject({ code: "INSIDER_CONFLICT" });
  });
});
