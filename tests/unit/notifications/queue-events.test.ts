import { describe, expect, it } from "vitest";
import { SMS_STATUS_LABELS } from "@/lib/notifications/labels";
import { WORK_QUEUES, queueKey } from "@/lib/notifications/queue-events";
import { maskPhone, placeholders, renderText } from "@/lib/notifications/texts";

describe("the staff work queues (withdrawals, back payments)", () => {
  it("word each queue's item exactly, from the one catalogue", () => {
    const w = { name: "张三", reason: "租赁住房", amount: "3000.00", withdrawalNo: "TQ20260305AB12CD34", deadline: "2026-03-10" };
    expect(renderText(WORK_QUEUES.WITHDRAWAL_DECIDE.text.title, w)).toBe("待审批提取：TQ20260305AB12CD34");
    expect(renderText(WORK_QUEUES.WITHDRAWAL_DECIDE.text.body, w)).toBe(
      "张三的租赁住房提取3000.00元（提取编号TQ20260305AB12CD34）等待审批，办结时限2026-03-10。",
    );
    expect(renderText(WORK_QUEUES.WITHDRAWAL_HOLD.text.body, w)).toBe(
      "张三的租赁住房提取3000.00元（提取编号TQ20260305AB12CD34）触发反欺诈核查，已暂停办理，请核查后清除或确认。",
    );
    expect(renderText(WORK_QUEUES.WITHDRAWAL_PAY.text.body, w)).toBe(
      "张三的租赁住房提取3000.00元（提取编号TQ20260305AB12CD34）已审批通过，等待支付（经办、审批人以外的柜员办理）。",
    );
    const b = { employer: "南京某某科技有限公司", month: "2026年02月", rows: 12, amount: "14400.00", reason: "系统切换前漏缴" };
    expect(renderText(WORK_QUEUES.BACK_PAYMENT_REVIEW.text.title, b)).toBe("待审批补缴：南京某某科技有限公司2026年02月");
    expect(renderText(WORK_QUEUES.BACK_PAYMENT_REVIEW.text.body, b)).toBe(
      "南京某某科技有限公司申报2026年02月补缴12人、合计14400.00元，补缴原因：系统切换前漏缴。请审核。",
    );
  });

  it("send each queue to the role that acts on it, linking to where it is done", () => {
    expect(WORK_QUEUES.WITHDRAWAL_HOLD).toMatchObject({ role: "RISK_OFFICER", kind: "WITHDRAWAL_QUEUE" });
    expect(WORK_QUEUES.WITHDRAWAL_HOLD.link("w1")).toBe("/risk/fraud");
    expect(WORK_QUEUES.WITHDRAWAL_DECIDE).toMatchObject({ role: "TELLER", kind: "WITHDRAWAL_QUEUE" });
    expect(WORK_QUEUES.WITHDRAWAL_PAY).toMatchObject({ role: "TELLER", kind: "WITHDRAWAL_QUEUE" });
    expect(WORK_QUEUES.BACK_PAYMENT_REVIEW).toMatchObject({ role: "REVIEWER", kind: "BACK_PAYMENT_QUEUE" });
    expect(WORK_QUEUES.WITHDRAWAL_DECIDE.link("w1")).toBe("/window/withdrawals/w1");
    expect(WORK_QUEUES.BACK_PAYMENT_REVIEW.link("r1")).toBe("/review/remittances#awaiting-title");
    expect(queueKey("WITHDRAWAL_PAY", "w1")).toBe("WITHDRAWAL_PAY:w1");
  });

  it("never put an ID number or a phone in a queue item", () => {
    for (const q of Object.values(WORK_QUEUES))
      for (const name of [...placeholders(q.text.title), ...placeholders(q.text.body)]) expect(name).not.toMatch(/id|phone|card$/i);
  });
});

describe("the SMS admin screen's masking and labels", () => {
  it("shows only the first three and last four digits of a number", () => {
    expect(maskPhone("13912345678")).toBe("139****5678");
    expect(maskPhone("025-1234")).toBe("025****1234");
    expect(maskPhone("123456")).toBe("****");
    expect(maskPhone("")).toBe("****");
  });

  it("names every outbox status in Chinese", () => {
    expect(SMS_STATUS_LABELS).toEqual({ PENDING: "待发送", SENT: "已发送", FAILED: "发送失败", EXPIRED: "已过时效未发送" });
  });
});
