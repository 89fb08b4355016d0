import { fraudRefusalText } from "@/lib/fraud/refusal-messages";
import { WITHDRAWAL_MESSAGES } from "@/lib/withdrawals/messages";

/** Chinese messages for the transfer and closing use cases' DomainError codes (the edge shows these). */
export const TRANSFER_MESSAGES = {
  NO_ACCOUNT: "未找到公积金账户",
  ACCOUNT_CLOSED: "该账户已销户，不能办理",
  NOT_FOUND: "未找到该转移申请",
  FORBIDDEN: "无权办理该申请",
  FORBIDDEN_ROLE: "您的岗位无权办理该业务",
  WINDOW_REQUIRED: "请先登录窗口后再办理",
  UNKNOWN_CENTER: "请选择转移接续平台上的公积金中心",
  SAME_CENTER: "转入地与转出地为同一公积金中心，不能办理异地转移；本市内更换单位请由新单位办理增员",
  LOAN_OUTSTANDING: "申请人（或作为共同借款人）尚有未结清或正在办理的公积金贷款，不能销户或转出",
  BLACKLISTED: "申请人已被列入失信黑名单，不得办理住房公积金转出",
  INSIDER_CONFLICT: "经办人员不得办理本人或已申报亲属的业务",
  // The window's presence evidence, worded once with the withdrawal's (one rule: checkPresence).
  PRESENCE_REQUIRED: WITHDRAWAL_MESSAGES.PRESENCE_REQUIRED,
  PRESENCE_MISMATCH: WITHDRAWAL_MESSAGES.PRESENCE_MISMATCH,
  PRESENCE_CODE_INVALID: WITHDRAWAL_MESSAGES.PRESENCE_CODE_INVALID,
  TRANSFER_IN_FLIGHT: "该职工已有一笔转移接续申请正在办理，请等待办结",
  WITHDRAWAL_IN_FLIGHT: "该职工有提取申请正在办理，办结后方可转出",
  NOTHING_TO_TRANSFER: "账户余额为零，无需转出",
  FOUR_EYES_SUBMITTER: "提交或受理该申请的人员不得审批该申请，请交由其他工作人员办理",
  NO_WITHDRAWAL_AUTHORITY: "您没有提取审批权限，请交由有权限的工作人员办理",
  OVER_AUTHORITY: "转出金额超过您的审批权限，请交由权限更高的工作人员审批",
  NOTE_REQUIRED: "不予批准时请填写理由",
  STALE: "该申请已被他人处理，请刷新后查看",
  PLATFORM_UNAVAILABLE: "全国转移接续平台暂时无法连接，申请未发出，请稍后再试",
  BANK_PAY_FAILED: "银行划款未成功，账户余额未扣减，可稍后重新接收平台消息再次划款",
  ALREADY_HANDLED: "该申请已被他人处理，请刷新后查看",
  SYSTEM_BUSY: "系统繁忙，请稍后再试",
  DATABASE_ERROR: "办理失败，请稍后再试",
} satisfies Record<string, string>;
export type TransferErrorCode = keyof typeof TRANSFER_MESSAGES;

/** The Chinese message of a transfer DomainError: a ban, an insider conflict and a bank refusal show their reason. */
export function transferMessage(error: { code: string; message: string; details?: Record<string, unknown> }): string {
  const d = error.details ?? {};
  switch (error.code) {
    case "BLACKLISTED":
    case "INSIDER_CONFLICT":
      // Worded from the refusal's facts (lib/fraud/refusal-messages).
      return fraudRefusalText(error) ?? TRANSFER_MESSAGES[error.code];
    case "LOAN_OUTSTANDING":
      return d.loanNo ? `${TRANSFER_MESSAGES.LOAN_OUTSTANDING}（贷款编号 ${String(d.loanNo)}）` : TRANSFER_MESSAGES.LOAN_OUTSTANDING;
    case "BANK_PAY_FAILED":
      return `${TRANSFER_MESSAGES.BANK_PAY_FAILED}（${String(d.reason ?? "银行未说明原因")}）`;
    case "OVER_AUTHORITY":
      return `${TRANSFER_MESSAGES.OVER_AUTHORITY}（您的权限 ${String(d.limit)} 元，转出金额 ${String(d.amount)} 元）`;
    default:
      return (TRANSFER_MESSAGES as Record<string, string>)[error.code] ?? "办理失败，请稍后再试";
  }
}
