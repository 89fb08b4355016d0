import { Prisma } from "@/lib/generated/prisma/client";
import type { LoanStage } from "@/lib/cases/loan-stages";

/**
 * Every notification's Chinese text, in one catalogue: a title (the inbox's line) and a body (the
 * inbox's text and the SMS). Templates name their figures `{like_this}`; `renderText` fills them
 * in TypeScript and `renderTextSql` in SQL (the daily batch writes its reminders set-based), from
 * the same template. Bodies carry what the recipient needs and nothing more: case, loan and
 * withdrawal numbers, amounts, dates, a card's last four digits — never an ID number or a phone.
 */
export type Template = { title: string; body: string };

/** The SMS signature (短信签名) before every text. */
export const SMS_SIGNATURE = "【住房公积金】";

/** The borrower's message when their loan case reaches a stage. */
export const LOAN_STAGE_TEXTS: Record<LoanStage, Template> = {
  SUBMITTED: { title: "贷款申请已提交", body: "您的公积金贷款网上申请（办件{caseNo}）已提交，请等待窗口受理。" },
  ACCEPTED: { title: "贷款申请已受理", body: "您的公积金贷款申请（办件{caseNo}）已受理，正在审批。" },
  RETURNED: { title: "贷款申请需补件", body: "您的公积金贷款申请（办件{caseNo}）被退回补件，请按通知补齐材料后到窗口重新提交。" },
  REJECTED: { title: "贷款申请未获批准", body: "您的公积金贷款申请（办件{caseNo}）未获批准，详情请登录查看或咨询窗口。" },
  APPROVED: { title: "贷款审批通过", body: "您的公积金贷款申请（办件{caseNo}）已审批通过，请到窗口签订借款合同和抵押合同。" },
  CONTRACTS_SIGNED: { title: "贷款合同已签订", body: "您的公积金贷款（办件{caseNo}）借款合同和抵押合同已签订，下一步办理抵押登记。" },
  MORTGAGE_REGISTERED: { title: "抵押登记已办结", body: "您的公积金贷款（办件{caseNo}）抵押登记已办结，等待复核放款。" },
  RECHECKED: { title: "贷款复核通过", body: "您的公积金贷款（办件{caseNo}）已复核通过，即将放款。" },
  DISBURSED: { title: "贷款已发放", body: "您的公积金贷款（办件{caseNo}，贷款{loanNo}）已发放至收款账户，请按期还款。" },
};

/** Staff inbox items: a case entering a queue they work. */
export const QUEUE_TEXTS = {
  TO_ACCEPT: { title: "网上贷款申请待受理：办件{caseNo}", body: "{name}的公积金贷款网上申请（办件{caseNo}）已提交，等待窗口受理。" },
  TO_REVIEW: { title: "待审批：办件{caseNo}", body: "{name}的公积金贷款申请（办件{caseNo}）已受理，进入审批队列。" },
  TO_RECHECK: { title: "待复核：办件{caseNo}", body: "{name}的公积金贷款（办件{caseNo}）抵押已登记，进入复核放款队列。" },
  COLLECTION_ASSIGNED: {
    title: "新分派清收：贷款{loanNo}",
    body: "贷款{loanNo}逾期{periods}期，已分派给您清收，请按催收策略跟进。",
  },
  BACK_AT_WINDOW: {
    title: "办件{caseNo}：{stage}",
    body: "您受理的{name}的公积金贷款申请（办件{caseNo}）审核结果为“{stage}”，请跟进办理。",
  },
  WITHDRAWAL_TO_DECIDE: {
    title: "待审批提取：{withdrawalNo}",
    body: "{name}的{reason}提取{amount}元（提取编号{withdrawalNo}）等待审批，办结时限{deadline}。",
  },
  WITHDRAWAL_HELD: {
    title: "待核查提取：{withdrawalNo}",
    body: "{name}的{reason}提取{amount}元（提取编号{withdrawalNo}）触发反欺诈核查，已暂停办理，请核查后清除或确认。",
  },
  WITHDRAWAL_TO_PAY: {
    title: "待支付提取：{withdrawalNo}",
    body: "{name}的{reason}提取{amount}元（提取编号{withdrawalNo}）已审批通过，等待支付（经办、审批人以外的柜员办理）。",
  },
  BACK_PAYMENT_TO_REVIEW: {
    title: "待审批补缴：{employer}{month}",
    body: "{employer}申报{month}补缴{rows}人、合计{amount}元，补缴原因：{reason}。请审核。",
  },
} satisfies Record<string, Template>;

/** To the citizen after their online service was opened or its password reset by SMS code: in case it was not them. */
export const ACCOUNT_SECURITY_TEXTS = {
  ACTIVATED: {
    title: "网上服务已开通",
    body: "您的住房公积金网上服务已于{at}开通。如非本人操作，请立即致电12329或到服务窗口办理。",
  },
  RESET: {
    title: "网上服务密码已重置",
    body: "您的住房公积金网上服务密码已于{at}重置，原有登录已全部退出。如非本人操作，请立即致电12329或到服务窗口办理。",
  },
} satisfies Record<"ACTIVATED" | "RESET", Template>;

export const WITHDRAWAL_PAID_TEXT: Template = {
  title: "提取到账",
  body: "您的{reason}提取{amount}元已划入尾号{cardTail}的银行卡（提取编号{withdrawalNo}）。",
};

export const DUE_REMINDER_TEXT: Template = {
  title: "还款提醒：{dueDate}",
  body: "您的公积金贷款{loanNo}第{seq}期应于{dueDate}还款{amount}元，请确保公积金账户或扣款银行卡余额充足。",
};

export const LOAN_OVERDUE_TEXT: Template = {
  title: "贷款逾期提醒",
  body: "您的公积金贷款{loanNo}第{seq}期（应还日{dueDate}）未按期足额还款，已逾期，逾期期间按日计收罚息，请尽快还款。",
};

export const OVERDUE_NOTICE_TEXT: Template = {
  title: "逾期贷款通知单{noticeNo}",
  body: "中心已就您的公积金贷款{loanNo}出具逾期贷款通知单{noticeNo}，欠款合计{totalDue}元，请于{payBy}前还清。",
};

export const REMITTANCE_TEXTS = {
  DEPOSITOR: { title: "缴存到账：{month}", body: "您{month}的住房公积金{amount}元已到账入账。" },
  EMPLOYER: { title: "汇缴已到账：{month}", body: "本单位{month}汇缴{rows}人、合计{amount}元已于{receivedOn}到账，已记入职工账户。" },
} satisfies Record<string, Template>;

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

/** Names a template uses, in order of first use. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** Fills `{name}` with vars[name]; a missing figure is a bug (throws), never an empty gap in an SMS. */
export function renderText(template: string, vars: Record<string, string | number>): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`notification text: no value for {${name}}`);
    return String(value);
  });
}

/** renderText in SQL: nested replace() over the same template, each figure an SQL expression. */
export function renderTextSql(template: string, vars: Record<string, Prisma.Sql>): Prisma.Sql {
  let sql = Prisma.sql`${template}::text`;
  for (const name of placeholders(template)) {
    const expr = vars[name];
    if (!expr) throw new Error(`notification text: no SQL for {${name}}`);
    sql = Prisma.sql`replace(${sql}, ${`{${name}}`}, (${expr})::text)`;
  }
  return sql;
}

/** "2026-05" or "2026-05-01" → "2026年05月". */
export function monthLabel(month: string): string {
  return `${month.slice(0, 4)}年${month.slice(5, 7)}月`;
}

/** The last four digits of a card, for "尾号1234". */
export function cardTail(card: string): string {
  return card.replace(/\s/g, "").slice(-4);
}

/** A phone number for logs: 138****5678. */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : "****";
}
