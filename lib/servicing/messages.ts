import { messageIn, type DomainError } from "@/lib/errors";
import { displayYuan } from "@/lib/money";

/** Chinese text for the DomainError codes of lib/servicing/use-cases and lib/loans/reprice-loans.ts. */
export const SERVICING_MESSAGES = {
  LOAN_NOT_FOUND: "未找到该贷款",
  BORROWER_ONLY: "委托扣划协议只能由借款人本人签订或撤销",
  LOAN_NOT_SERVICED: "该贷款当前不在还款期（未放款或已结清），不能办理",
  NOTHING_DUE: "目前没有到期应还的款项",
  INVALID_AMOUNT: "请填写正确的金额（元，最多两位小数）",
  AMOUNT_OVER_DUE: "还款金额不能超过目前应还的款项",
  IDEMPOTENCY_KEY_REUSED: "表单已失效，请刷新页面后重试",
  ARREARS_FIRST: "您的贷款有逾期欠款（含罚息），请先在线还清逾期欠款，再办理提前还款或结清",
  CURRENT_DUE_FIRST: "今日到期的本期月供尚未扣划，请先在线还清本期月供，再办理提前还款或结清",
  NEXT_PARTLY_PAID: "下一期月供已部分还款，请先还清该期，再办理提前还款或结清",
  NOTHING_OWED: "该贷款已无待还本金",
  PREPAYMENT_BELOW_MINIMUM: "提前部分还款金额不能低于最低金额",
  PREPAYMENT_NOT_MULTIPLE: "提前部分还款金额须为整百元",
  PREPAYMENT_EXCEEDS_PRINCIPAL: "提前还款金额不能超过剩余本金",
  USE_FULL_PAYOFF: "该金额等于全部剩余本金，请办理提前结清",
  QUOTE_CHANGED: "试算金额已发生变化（如已跨日或已扣划），请核对新的金额后再确认",
  PAYOFF_INCOMPLETE: "结清未能完成，请联系公积金中心",
  NO_SPOUSE: "您未登记配偶信息（或婚姻状况不是已婚），不能选择配偶的公积金账户",
  NO_ACCOUNT: "该人员没有公积金账户",
  ACCOUNT_NOT_NORMAL: "该公积金账户已封存或销户，不能用于委托扣划",
  AUTHORIZATION_ACTIVE: "该贷款已有生效的委托扣划协议，请先撤销后再签订",
  AUTHORIZATION_NOT_FOUND: "未找到该委托扣划协议",
  NOTICE_NOT_FOUND: "未找到该逾期通知",
  REPRICING_DATE_NOT_JAN_1: "贷款利率调整只在每年1月1日执行",
  INVALID_DATE: "日期格式不正确",
  BANK_CARD_NOT_FOUND: "银行卡不存在或已销户，请核对卡号",
  BANK_INSUFFICIENT_FUNDS: "银行卡余额不足，支付未成功",
  ALREADY_HANDLED: "该笔业务已在办理，请刷新页面查看结果",
  SYSTEM_BUSY: "系统繁忙，请稍后再试",
  DATABASE_ERROR: "系统暂时无法办理，请稍后再试",
  // Issue 14: the spouse's own confirmation of a deduction from their account.
  NOT_SPOUSE: "身份证号与被扣划账户的持有人（配偶）不一致，须由配偶本人确认",
  NO_PENDING_SPOUSE_AUTHORIZATION: "该贷款没有待配偶确认的委托扣划协议",
  FORBIDDEN_ROLE: "您没有办理该业务的权限",
  WINDOW_REQUIRED: "请先签到综合窗口后再办理",
  // An internal invariant of the schedule recomputation (lib/servicing/prepayment.ts).
  INVALID_SCHEDULE_POSITION: "还款计划数据异常，请联系公积金中心",
} satisfies Record<string, string>;
export type ServicingErrorCode = keyof typeof SERVICING_MESSAGES;

/** The message for one error, with the figures its details carry (limits, amounts). */
export function servicingMessage(error: DomainError): string {
  const d = error.details ?? {};
  switch (error.code) {
    case "AMOUNT_OVER_DUE":
      return `还款金额不能超过目前应还的 ${displayYuan(String(d.max))}；如需多还本金，请办理提前还款`;
    case "PREPAYMENT_BELOW_MINIMUM":
      return `提前部分还款金额不能低于 ${displayYuan(String(d.minAmount))}`;
    case "PREPAYMENT_NOT_MULTIPLE":
      return `提前部分还款金额须为 ${String(d.multipleOf)} 元的整数倍`;
    case "PREPAYMENT_EXCEEDS_PRINCIPAL":
      return `提前还款金额不能超过剩余本金 ${displayYuan(String(d.remainingPrincipal))}`;
    case "ARREARS_FIRST":
      return d.arrears
        ? `您的贷款有逾期欠款 ${displayYuan(String(d.arrears))}（含罚息），请先在线还清逾期欠款，再办理提前还款或结清`
        : SERVICING_MESSAGES.ARREARS_FIRST!;
    case "QUOTE_CHANGED":
      return d.total
        ? `试算金额已变为 ${displayYuan(String(d.total))}（如已跨日或已扣划），请重新试算核对后再确认`
        : SERVICING_MESSAGES.QUOTE_CHANGED!;
    default:
      return messageIn(SERVICING_MESSAGES, error.code) ?? "办理失败，请稍后再试";
  }
}
