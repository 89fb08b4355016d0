import { messageIn, type DomainError } from "@/lib/errors";

/** Chinese text for the DomainError codes of staff administration (lib/staff). */
export const STAFF_MESSAGES = {
  FORBIDDEN_ROLE: "只有系统管理员可以办理该项管理业务",
  STAFF_NOT_FOUND: "未找到该工作人员，请刷新后重试",
  LOGIN_NAME_TAKEN: "该用户名已被使用，请换一个",
  STAFF_ID_NUMBER_TAKEN: "该身份证号已登记在其他工作人员名下",
  SELF_CHANGE_REFUSED: "不能修改本人的角色、审批额度或账号状态，请由其他系统管理员办理",
  LAST_ADMIN: "系统须至少保留一名在用的系统管理员",
  STAFF_CHANGED_MEANWHILE: "该工作人员的信息已被他人修改，请刷新后重试",
  LIMIT_UNCHANGED: "新额度与现行额度相同",
  LIMIT_PENDING: "该人员已有一项待确认的同类额度调整，请先确认或驳回",
  LIMIT_CHANGE_NOT_FOUND: "未找到该额度调整申请",
  LIMIT_CHANGE_DECIDED: "该额度调整已被处理，请刷新后查看",
  LIMIT_SAME_ADMIN: "提高审批额度须由另一名系统管理员确认，提出人不能自己确认",
  LIMIT_OWN_CONFIRM: "不能确认对本人审批额度的调整",
  WINDOW_NUMBER_TAKEN: "该窗口号已存在",
  WINDOW_NOT_FOUND: "未找到该窗口，请刷新后重试",
  WINDOW_IN_USE: "该窗口有柜员签到办理中，请其签退后再停用",
  RELATIVE_IS_SELF: "不能申报本人，请填写亲属的身份证号",
  RELATIVE_DUPLICATE: "您已申报过该亲属",
  RELATIVE_NOT_FOUND: "未找到该亲属申报记录",
  PARAMETER_INVALID: "参数内容无效，请检查后重新发布",
  WRONG_PASSWORD: "当前密码不正确",
  SAME_PASSWORD: "新密码不能与当前密码相同",
  SELF_RESET_REFUSED: "不能在此重置本人的密码，请在“修改密码”页面修改",
  EFFECTIVE_DATE_PAST: "生效日期不能早于今天（已生效的规则不能追溯修改）",
} satisfies Record<string, string>;
export type StaffErrorCode = keyof typeof STAFF_MESSAGES;

export function staffErrorMessage(error: Pick<DomainError, "code" | "details">): string {
  return messageIn(STAFF_MESSAGES, error.code) ?? "操作未能完成，请稍后重试";
}
