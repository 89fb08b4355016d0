import { REASON_RULES, isReasonCode, type ReasonCode } from "@/lib/withdrawals/reasons";
import { fraudRefusalText } from "@/lib/fraud/refusal-messages";

/** Chinese messages for the withdrawal use cases' DomainError codes (the edge shows these). */
export const WITHDRAWAL_MESSAGES = {
  NO_ACCOUNT: "未找到公积金账户",
  NO_DEPOSITOR: "未找到您的公积金账户",
  APPLICANT_NOT_FOUND: "未找到该身份证号的缴存职工",
  RULES: "申请不符合提取规定，请按提示修改",
  IN_FLIGHT: "您已有一笔同一原因的提取申请正在办理，请等待办结后再申请",
  NOT_FOUND: "未找到该提取申请",
  STALE: "该申请已被他人处理，请刷新后查看",
  INSUFFICIENT_BALANCE: "账户余额不足，不能支付",
  NOTE_REQUIRED: "不予批准时请填写理由",
  DOCUMENT_INVALID: "上传的材料不符合要求",
  FORBIDDEN: "无权办理该申请",
  HELD: "该申请正在风险核查中，核查完毕后方可审批",
  BLACKLISTED: "申请人已被列入失信黑名单，不得办理住房公积金提取",
  INSIDER_CONFLICT: "经办人员不得办理本人或已申报亲属的业务",
  REGISTRY_MISMATCH: "所填不动产权证书信息与不动产登记簿记载不符",
  // Maker ≠ checker ≠ payer, delegated limits, presence, the payee card, the bank port (issue 14).
  FOUR_EYES_SUBMITTER: "提交或受理该申请的人员不得审批或支付该申请，请交由其他工作人员办理",
  FOUR_EYES_APPROVER: "审批该申请的人员不得办理支付，请交由其他工作人员办理",
  NO_WITHDRAWAL_AUTHORITY: "您没有提取审批权限，请交由有权限的工作人员办理",
  OVER_AUTHORITY: "提取金额超过您的审批权限，请交由权限更高的工作人员审批",
  PRESENCE_REQUIRED: "请核验申请人本人到场：读取身份证，或输入申请人在网上服务大厅显示的确认码",
  PRESENCE_MISMATCH: "读取的身份证信息与申请人不符，不能受理",
  PRESENCE_CODE_INVALID: "确认码不正确或已失效，请申请人重新获取",
  CARD_NOT_FOUND: "收款银行卡不存在或已销户，请核对卡号",
  CARD_NAME_MISMATCH: "收款银行卡须为申请人本人名下的银行卡",
  BANK_PAY_FAILED: "银行支付未成功，账户余额未扣减，可稍后重新支付",
  FORBIDDEN_ROLE: "您的岗位无权办理该业务",
  WINDOW_REQUIRED: "请先登录窗口后再办理",
  ALREADY_HANDLED: "该申请已被他人处理，请刷新后查看",
  SYSTEM_BUSY: "系统繁忙，请稍后再试",
  DATABASE_ERROR: "办理失败，请稍后再试",
  // The unique index caught a double submit; submit-withdrawal.ts answers with the first one instead.
  DUPLICATE_RACE: "该申请已提交，请勿重复提交",
  // Closing the account (销户, issue 15.5): lib/closing.
  LOAN_OUTSTANDING: "申请人（或作为共同借款人）尚有未结清或正在办理的公积金贷款，不能销户",
  ACCOUNT_CLOSED: "该账户已销户，不能办理",
} satisfies Record<string, string>;
export type WithdrawalErrorCode = keyof typeof WITHDRAWAL_MESSAGES;

/**
 * The Chinese message of a withdrawal DomainError. A fraud refusal (blacklist, registry mismatch,
 * insider conflict) and a duplicate in flight show their own reason; the bank's refusal and the
 * delegated limit show their figures.
 */
export function withdrawalMessage(error: { code: string; message: string; details?: Record<string, unknown> }): string {
  const d = error.details ?? {};
  switch (error.code) {
    case "REGISTRY_MISMATCH":
    case "BLACKLISTED":
    case "INSIDER_CONFLICT":
      // Worded from the refusal's facts (lib/fraud/refusal-messages).
      return fraudRefusalText(error) ?? WITHDRAWAL_MESSAGES[error.code];
    case "IN_FLIGHT": {
      // lib/withdrawals/in-flight.ts names the withdrawal in the way and both reasons.
      if (!d.withdrawalNo) return WITHDRAWAL_MESSAGES.IN_FLIGHT;
      const label = (code: unknown) => (isReasonCode(String(code)) ? REASON_RULES[String(code) as ReasonCode].label : String(code));
      const head = `已有一笔${label(d.blockingReasonCode)}提取申请（${String(d.withdrawalNo)}）正在办理`;
      return d.blockingReasonCode === d.reasonCode
        ? `${head}，请等待办结后再申请`
        : `${head}，按规定不能同时申请${label(d.reasonCode)}提取`;
    }
    case "BANK_PAY_FAILED":
      return `${WITHDRAWAL_MESSAGES.BANK_PAY_FAILED}（${String(d.reason ?? "银行未说明原因")}）`;
    case "OVER_AUTHORITY":
      return `${WITHDRAWAL_MESSAGES.OVER_AUTHORITY}（您的权限 ${String(d.limit)} 元，提取金额 ${String(d.amount)} 元）`;
    case "DOCUMENT_INVALID":
      return error.message;
    default:
      return WITHDRAWAL_MESSAGES[error.code as WithdrawalErrorCode] ?? "办理失败，请稍后再试";
  }
}
