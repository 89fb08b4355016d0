import { messageIn, type DomainError } from "@/lib/errors";
import { RESIDENT_ID_MESSAGES, type ResidentIdProblem } from "@/lib/identity/resident-id";
import { MAX_BLACKLIST_YEARS } from "@/lib/fraud/blacklist-rule";
import { fraudRefusalText } from "@/lib/fraud/refusal-messages";

/** Chinese text for the DomainError codes of the risk screens' use cases. */
export const FRAUD_MESSAGES = {
  FORBIDDEN_ROLE: "您没有办理该业务的权限",
  NOTE_REQUIRED: "请填写核查意见",
  REASON_REQUIRED: "请填写原因",
  EVIDENCE_REQUIRED: "请填写证据材料说明",
  NAME_REQUIRED: "该身份证号不是缴存职工，请填写姓名",
  INVALID_YEARS: `期限应为 1 至 ${MAX_BLACKLIST_YEARS} 之间的整数年`,
  INVALID_ID_NUMBER: "身份证号不正确，请核对后重新输入",
  NOT_FOUND: "未找到该记录，请刷新后重试",
  ALREADY_RESOLVED: "该预警已被处理，请刷新后查看",
  ALREADY_BLACKLISTED: "此人已在失信黑名单中",
  ALREADY_LIFTED: "该黑名单记录已解除",
  INSIDER_CONFLICT: "经办人员不得办理本人或已申报亲属的业务",
  ALREADY_HANDLED: "该记录已被他人处理，请刷新后查看",
  SYSTEM_BUSY: "系统繁忙，请稍后重试",
  DATABASE_ERROR: "系统暂时无法完成操作，请稍后重试",
} satisfies Record<string, string>;
export type FraudErrorCode = keyof typeof FRAUD_MESSAGES;

export function fraudErrorMessage(error: Pick<DomainError, "code" | "details">): string {
  const d = error.details ?? {};
  if (error.code === "ALREADY_BLACKLISTED" && d.endsOn) return `此人已在失信黑名单中（至 ${String(d.endsOn)}）`;
  if (error.code === "INVALID_ID_NUMBER") return RESIDENT_ID_MESSAGES[d.problem as ResidentIdProblem] ?? FRAUD_MESSAGES.INVALID_ID_NUMBER!;
  const refusal = fraudRefusalText(error);
  if (refusal) return refusal;
  return messageIn(FRAUD_MESSAGES, error.code) ?? "操作未能完成，请稍后重试";
}
