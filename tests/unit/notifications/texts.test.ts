import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { LOAN_STAGE_LABELS, type LoanStage } from "@/lib/cases/loan-stages";
import {
  DUE_REMINDER_TEXT,
  LOAN_STAGE_TEXTS,
  OVERDUE_NOTICE_TEXT,
  QUEUE_TEXTS,
  REMITTANCE_TEXTS,
  WITHDRAWAL_PAID_TEXT,
  cardTail,
  maskPhone,
  monthLabel,
  placeholders,
  renderText,
  renderTextSql,
} from "@/lib/notifications/texts";
import { STAGE_QUEUES } from "@/lib/notifications/loan-stage-events";

describe("notification texts", () => {
  it("fill every figure of a template, exactly", () => {
    expect(renderText(DUE_REMINDER_TEXT.body, { loanNo: "GJJ2026000123", seq: 7, dueDate: "2026-06-20", amount: "2345.67" })).toBe(
      "您的公积金贷款GJJ2026000123第7期应于2026-06-20还款2345.67元，请确保公积金账户或扣款银行卡余额充足。",
    );
    expect(renderText(DUE_REMINDER_TEXT.title, { dueDate: "2026-06-20" })).toBe("还款提醒：2026-06-20");
    expect(
      renderText(WITHDRAWAL_PAID_TEXT.body, { reason: "租房", amount: "12000.00", cardTail: "6789", withdrawalNo: "TQ2026000001" }),
    ).toBe("您的租房提取12000.00元已划入尾号6789的银行卡（提取编号TQ2026000001）。");
    expect(renderText(LOAN_STAGE_TEXTS.APPROVED.body, { caseNo: "BJ202606010001" })).toBe(
      "您的公积金贷款申请（办件BJ202606010001）已审批通过，请到窗口签订借款合同和抵押合同。",
    );
    expect(
      renderText(OVERDUE_NOTICE_TEXT.body, { loanNo: "GJJ1", noticeNo: "YQ2026-0001", totalDue: "3000.10", payBy: "2026-07-01" }),
    ).toBe("中心已就您的公积金贷款GJJ1出具逾期贷款通知单YQ2026-0001，欠款合计3000.10元，请于2026-07-01前还清。");
    expect(renderText(REMITTANCE_TEXTS.DEPOSITOR.body, { month: monthLabel("2026-05-01"), amount: "1440.00" })).toBe(
      "您2026年05月的住房公积金1440.00元已到账入账。",
    );
  });

  it("refuse to send a text with a figure missing", () => {
    expect(() => renderText(DUE_REMINDER_TEXT.body, { loanNo: "GJJ1", seq: 1, dueDate: "2026-06-20" })).toThrow("{amount}");
  });

  it("have a text for every loan stage, and the queue texts name the case or the loan", () => {
    for (const stage of Object.keys(LOAN_STAGE_LABELS) as LoanStage[]) {
      expect(LOAN_STAGE_TEXTS[stage].body).toContain("{caseNo}");
    }
    for (const t of [QUEUE_TEXTS.TO_ACCEPT, QUEUE_TEXTS.TO_REVIEW, QUEUE_TEXTS.TO_RECHECK, QUEUE_TEXTS.BACK_AT_WINDOW])
      expect(t.title).toContain("{caseNo}");
    expect(renderText(QUEUE_TEXTS.COLLECTION_ASSIGNED.body, { loanNo: "GJJ2026000007", periods: 2 })).toBe(
      "贷款GJJ2026000007逾期2期，已分派给您清收，请按催收策略跟进。",
    );
  });

  it("never carry an ID number or a phone number placeholder", () => {
    const all = [
      ...Object.values(LOAN_STAGE_TEXTS),
      ...Object.values(QUEUE_TEXTS),
      ...Object.values(REMITTANCE_TEXTS),
      WITHDRAWAL_PAID_TEXT,
      DUE_REMINDER_TEXT,
      OVERDUE_NOTICE_TEXT,
    ];
    for (const t of all) {
      for (const name of [...placeholders(t.title), ...placeholders(t.body)]) expect(name).not.toMatch(/id|phone|card$/i);
    }
  });

  it("build the same template in SQL as nested replace() calls, one per figure", () => {
    const template = "第{seq}期{amount}元，第{seq}期";
    expect(placeholders(template)).toEqual(["seq", "amount"]);
    const sql = renderTextSql(template, { seq: Prisma.sql`x.seq`, amount: Prisma.sql`x.owed` });
    expect(sql.sql).toBe("replace(replace(?::text, ?, (x.seq)::text), ?, (x.owed)::text)");
    expect(sql.values).toEqual([template, "{seq}", "{amount}"]);
    expect(() => renderTextSql(template, { seq: Prisma.sql`x.seq` })).toThrow("{amount}");
  });

  it("mask and shorten what a log or a text shows", () => {
    expect(maskPhone("13912345678")).toBe("139****5678");
    expect(maskPhone("123")).toBe("****");
    expect(cardTail("6222 0212 3456 7890")).toBe("7890");
    expect(monthLabel("2026-12")).toBe("2026年12月");
  });

  it("send each stage's staff item to the right queue (four-eyes: no acceptor or approver rechecks)", () => {
    expect(STAGE_QUEUES.ACCEPTED).toMatchObject({ to: "role", role: "REVIEWER", exceptAcceptor: true });
    expect(STAGE_QUEUES.MORTGAGE_REGISTERED).toMatchObject({ to: "role", role: "REVIEWER", exceptAcceptor: true, exceptApprover: true });
    expect(STAGE_QUEUES.SUBMITTED).toMatchObject({ to: "role", role: "TELLER" });
    expect(STAGE_QUEUES.APPROVED).toMatchObject({ to: "acceptor" });
    expect(STAGE_QUEUES.DISBURSED).toBeUndefined();
  });
});
