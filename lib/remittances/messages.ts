import type { FormState } from "@/lib/action-state";
import type { RowError } from "@/lib/remittances/row-rules";

/** Chinese messages for the remittance use cases' DomainError codes. */
export const REMITTANCE_MESSAGES = {
  MONTH_IN_FUTURE: "不能汇缴尚未到来的月份",
  MONTH_ALREADY_POSTED: "该月份已申报汇缴，不能重复申报",
  MONTH_BEFORE_REGISTRATION: "该月份早于本单位在中心的缴存登记月份，不能汇缴",
  BACK_PAY_REASON_REQUIRED: "汇缴本月以前的月份属于补缴，请填写补缴原因",
  BACK_PAY_REASON_TOO_LONG: "补缴原因不能超过 200 字",
  ACCOUNTS_CHANGED: "部分职工账户在入账时发生变化，本次未入账，请重新导入",
  FORBIDDEN_ROLE: "您没有办理此业务的权限",
  FORBIDDEN_EMPLOYER: "您只能为所代理的单位办理汇缴",
  NOT_FOUND: "未找到该汇缴记录",
  NOT_PAYABLE: "该汇缴已入账、已退回或已撤回，无需再转账",
  SIMULATOR_ONLY: "仅在模拟银行环境下可用",
  INVALID_AMOUNT: "请输入正确的金额（大于 0，最多两位小数）",
  SELF_APPROVAL: "不能审批自己提交的补缴",
  NOTE_REQUIRED: "退回补缴时请填写原因",
  DATE_IN_FUTURE: "不能导入尚未到来日期的到账回单",
  ALREADY_HANDLED: "该汇缴已被其他人员处理，请刷新后查看",
  SYSTEM_BUSY: "系统繁忙，请稍后重试",
  DATABASE_ERROR: "系统暂时无法完成操作，请稍后重试",
  // The agent's forms (app/employer/remittances/actions.ts).
  NO_EMPLOYER: "您的账号尚未关联缴存单位",
  FORM_INCOMPLETE: "表单数据不完整，请刷新后重试",
} satisfies Record<string, string>;
export type RemittanceErrorCode = keyof typeof REMITTANCE_MESSAGES;

/**
 * The row report's messages about whose account a row names (lib/remittances/row-rules.ts uses
 * them; the report links each to the form where the agent acts: components/remittances/error-report.tsx).
 */
export const REMITTANCE_ROW_MESSAGES = {
  /** One message for "no account" and "an account at another employer" (sealed there), so neither is revealed. */
  NOT_OUR_EMPLOYEE: "该身份证号不是本单位的在册缴存职工，请核对，或先办理开户、转入",
  /** A sealed (封存) account takes no contributions until a hire (增员) unseals it. */
  ACCOUNT_SEALED: "该职工账户已封存，封存期间不能汇缴；如已回到本单位工作，请先办理增员（启封）",
  /**
   * The person's account is still NORMAL at another employer in the city (said only when the row's
   * name is the registered one, as the hire form says it): the old employer must record the leave.
   */
  ACTIVE_ELSEWHERE: "该职工账户仍在其他单位缴存，请先办理转移",
} satisfies Record<string, string>;

/** What the agent does about an ACTIVE_ELSEWHERE row, shown beside it in the report. */
export const ACTIVE_ELSEWHERE_STEPS =
  "办理方法：请职工原单位先办理减员，账户于离职当月月末封存后，由本单位办理增员，账户连同余额转入本单位";

/** What the upload form shows: the usual form state, the row-by-row report, or what was submitted. */
export type RemittanceFormState = FormState & {
  report?: RowError[];
  posted?: {
    month: string;
    rowCount: number;
    employerTotal: string;
    personalTotal: string;
    total: string;
    paymentReference: string;
    awaitingApproval: boolean;
  };
};

export const REMITTANCE_STATUS_LABELS: Record<string, string> = {
  AWAITING_APPROVAL: "补缴待审批",
  PENDING_PAYMENT: "待银行到账",
  CREDITED: "已入账",
  REJECTED: "已退回",
  WITHDRAWN: "已撤回",
};

export const RECEIPT_OUTCOME_LABELS: Record<string, string> = {
  CREDITED: "已入账",
  MISMATCH: "不符，未入账",
  UNKNOWN_REFERENCE: "附言无对应汇缴",
  DUPLICATE: "重复到账",
};
