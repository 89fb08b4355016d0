import { beforeAll, describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import { db } from "@/lib/db";
import { dateColumn } from "@/lib/dates/calendar";
import { buildSchedule } from "@/lib/loans/schedule";
import { sumMoney, formatYuan } from "@/lib/money";
import { issueOverdueNotice } from "@/lib/collections/issue-overdue-notice";
import { findCaseNotice, findNoticeOfDepositor, getNoticeDocument, listNoticesOfDepositor } from "@/lib/collections/notice-queries";
import { renderOverdueNoticePdf } from "@/lib/collections/notice-pdf";
import { DAY_MS, NOW, auditsOf, collectionsWorld, type World } from "./fixtures";

let w: World;
beforeAll(async () => {
  w = await collectionsWorld();
});

describe("逾期贷款通知单", () => {
  it("snapshots what is owed, numbers it in the year's series, logs it served and audits it; a second issue the same day returns the first", async () => {
    const c = w.caseOf("L001");
    const first = await issueOverdueNotice({ actor: w.actors.risk01, caseId: c.id, now: NOW });
    const again = await issueOverdueNotice({ actor: w.actors.risk01, caseId: c.id, now: new Date(NOW.getTime() + 3_600_000) });
    expect(first).toMatchObject({ noticeNo: "YQTZ202600001", duplicate: false });
    expect(again).toEqual({ ...first, duplicate: true });

    // L001: seqs 3–5 (due 03-15, 04-15, 05-15) unpaid; the batch posted one day's penalty.
    const seqs = buildSchedule({
      principal: "120000.00",
      annualRatePercent: "3.100",
      months: 12,
      method: "EQUAL_INSTALLMENT",
      firstDueDate: "2026-01-15",
    }).installments.filter((i) => i.seq >= 3 && i.seq <= 5);
    const penalty = await db.penaltyPosting.aggregate({ where: { loanId: c.loanId }, _sum: { amount: true } });
    const principal = formatYuan(sumMoney(seqs.map((i) => i.principal)));
    const interest = formatYuan(sumMoney(seqs.map((i) => i.interest)));
    const notice = await db.overdueNotice.findUniqueOrThrow({ where: { id: first.noticeId } });
    expect({
      loanId: notice.loanId,
      caseId: notice.caseId,
      issuedOn: notice.issuedOn,
      payBy: notice.payBy,
      overduePeriods: notice.overduePeriods,
      principal: notice.overduePrincipal.toFixed(2),
      interest: notice.overdueInterest.toFixed(2),
      penalty: notice.penaltyInterest.toFixed(2),
      total: notice.totalDue.toFixed(2),
      by: notice.issuedById,
    }).toEqual({
      loanId: c.loanId,
      caseId: c.id,
      issuedOn: dateColumn("2026-05-20"),
      payBy: dateColumn("2026-06-04"),
      overduePeriods: 3,
      principal,
      interest,
      penalty: penalty._sum.amount!.toFixed(2),
      total: formatYuan(sumMoney([principal, interest, penalty._sum.amount!])),
      by: w.users.risk01.id,
    });

    expect(await db.overdueNotice.count({ where: { caseId: c.id } })).toBe(1);
    const served = await db.collectionContact.findMany({ where: { caseId: c.id, kind: "NOTICE_SERVED" } });
    expect(served.map((s) => [s.party, s.outcome, s.createdById])).toEqual([
      ["借款人", "出具逾期贷款通知单 YQTZ202600001，限 2026-06-04 前还清欠款", w.users.risk01.id],
    ]);
    const audits = (await auditsOf(c.id)).filter((a) => a.action === "OVERDUE_NOTICE_ISSUED");
    expect(audits.map((a) => [a.actorId, a.toState, a.detail])).toEqual([
      [
        w.users.risk01.id,
        "YQTZ202600001",
        { noticeId: first.noticeId, noticeNo: "YQTZ202600001", totalDue: notice.totalDue.toFixed(2), payBy: "2026-06-04" },
      ],
    ]);
  });

  it("renders the notice as a PDF carrying its number, for staff and for the borrower alike", async () => {
    const c = w.caseOf("L001");
    const { noticeId, noticeNo } = await issueOverdueNotice({ actor: w.actors.risk01, caseId: c.id, now: NOW });
    const bytes = await renderOverdueNoticePdf(noticeId);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    expect((await PDFDocument.load(bytes)).getTitle()).toBe(`逾期贷款通知单 ${noticeNo}`);

    const doc = await getNoticeDocument(noticeId);
    const borrower = w.borrowers[0]!;
    expect(doc).toMatchObject({
      noticeNo,
      issuedOn: "2026-05-20",
      payBy: "2026-06-04",
      centerName: "测试公积金中心",
      contact: "经办人 risk01，服务热线 12329",
      borrowerName: borrower.name,
      borrowerIdMasked: `${borrower.idNumber.slice(0, 4)}**********${borrower.idNumber.slice(14)}`,
      loanNo: "L001",
      contractNo: null,
      overduePeriods: 3,
      deductionOrder: "逾期罚息 → 逾期利息 → 逾期本金 → 当期利息 → 当期本金",
    });
    await expect(renderOverdueNoticePdf("no-such-notice")).rejects.toMatchObject({ code: "NOT_FOUND" });

    // The staff route finds it only under its own case; the borrower only among their own loans.
    expect(await findCaseNotice(c.id, noticeNo)).toEqual({ id: noticeId });
    expect(await findCaseNotice(w.caseOf("L002").id, noticeNo)).toBeNull();
    expect(await findCaseNotice(c.id, "../etc")).toBeNull();
    expect((await listNoticesOfDepositor(borrower.id)).map((n) => [n.noticeNo, n.loanNo, n.read])).toEqual([[noticeNo, "L001", false]]);
    expect(await listNoticesOfDepositor(w.borrowers[2]!.id)).toEqual([]);
    expect(await findNoticeOfDepositor(noticeNo, w.borrowers[1]!.id)).toBeNull();
    expect(await findNoticeOfDepositor(noticeNo, borrower.id)).toMatchObject({
      noticeNo,
      totalDue: expect.stringMatching(/^¥[\d,]+\.\d{2}$/),
    });
  });

  it("takes the next number for concurrent issues on other cases, one notice for a double click, a new one the next day and a new series in a new year", async () => {
    const [a, b, aAgain] = await Promise.all([
      issueOverdueNotice({ actor: w.actors.risk02, caseId: w.caseOf("L002").id, now: NOW }),
      issueOverdueNotice({ actor: w.actors.risk01, caseId: w.caseOf("L005").id, now: NOW }),
      issueOverdueNotice({ actor: w.actors.risk02, caseId: w.caseOf("L002").id, now: NOW }),
    ]);
    expect([a.noticeNo, b.noticeNo].sort()).toEqual(["YQTZ202600002", "YQTZ202600003"]);
    expect(aAgain.noticeNo).toBe(a.noticeNo);
    expect(await db.overdueNotice.count({ where: { caseId: w.caseOf("L002").id } })).toBe(1);

    const tomorrow = new Date(NOW.getTime() + DAY_MS);
    expect((await issueOverdueNotice({ actor: w.actors.risk02, caseId: w.caseOf("L002").id, now: tomorrow })).noticeNo).toBe(
      "YQTZ202600004",
    );
    const nextYear = new Date("2027-01-05T02:00:00Z");
    const n2027 = await issueOverdueNotice({ actor: w.actors.risk02, caseId: w.caseOf("L002").id, now: nextYear });
    expect(n2027.noticeNo).toBe("YQTZ202700001");
    expect(await db.overdueNotice.findUniqueOrThrow({ where: { id: n2027.noticeId } })).toMatchObject({
      issuedOn: dateColumn("2027-01-05"),
      payBy: dateColumn("2027-01-20"),
    });
  });

  it("is refused to other roles, on a closed case, and when nothing is owed", async () => {
    const c = w.caseOf("L005");
    await expect(issueOverdueNotice({ actor: w.actors.teller, caseId: c.id, now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN_ROLE" });
    // Everything paid, penalty included, but the batch has not closed the case yet.
    await db.$executeRaw`UPDATE "LoanInstallment" SET "paidPrincipal" = principal, "paidInterest" = interest WHERE "loanId" = ${c.loanId} AND seq = 1`;
    const posted = await db.penaltyPosting.aggregate({ where: { loanId: c.loanId }, _sum: { amount: true } });
    await db.loan.update({ where: { id: c.loanId }, data: { penaltyPaid: posted._sum.amount! } });
    const later = new Date(NOW.getTime() + 2 * DAY_MS);
    await expect(issueOverdueNotice({ actor: w.actors.risk01, caseId: c.id, now: later })).rejects.toMatchObject({
      code: "NOTHING_OVERDUE",
    });
    await db.collectionCase.update({ where: { id: c.id }, data: { status: "CLOSED", openKey: null, closedOn: dateColumn("2026-05-22") } });
    await expect(issueOverdueNotice({ actor: w.actors.admin, caseId: c.id, now: later })).rejects.toMatchObject({ code: "CASE_CLOSED" });
    await expect(issueOverdueNotice({ actor: w.actors.admin, caseId: "no-such-case", now: later })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
