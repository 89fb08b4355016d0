/**
 * Chinese text for the DomainError codes of citizen online activation / password reset
 * (lib/citizen-access). CODE_SENT is the one answer to every code request with well-formed input,
 * whether or not the ID number, name and phone match a depositor (no enumeration).
 */
export const CITIZEN_ACCESS_MESSAGES = {
  CODE_INVALID: "验证码不正确或已失效，请核对或重新获取验证码",
  ACCESS_RATE_LIMITED: "操作过于频繁，请稍后再试",
  ACCESS_ACCOUNT_INACTIVE: "该网上服务账号已停用，请携带身份证到服务窗口办理",
  ACCESS_UNAVAILABLE: "暂不能在网上办理，请携带身份证到服务窗口办理",
  ALREADY_HANDLED: "该验证码已被使用，请重新获取",
  SYSTEM_BUSY: "系统繁忙，请稍后重试",
} satisfies Record<string, string>;
export type CitizenAccessErrorCode = keyof typeof CITIZEN_ACCESS_MESSAGES;

/** The same answer whatever the center found (unknown ID, wrong name, wrong phone, or a match). */
export const CODE_SENT_ANSWER = "如信息无误，验证码已发送至预留手机号，10分钟内有效";

/** The SMS (after the signature): the code, what it is for, and a warning. */
export const ACCESS_CODE_SMS = {
  ACTIVATE: "您正在开通住房公积金网上服务，验证码{code}，10分钟内有效。请勿将验证码告知他人，工作人员不会向您索取。",
  RESET: "您正在重置住房公积金网上服务密码，验证码{code}，10分钟内有效。请勿将验证码告知他人，工作人员不会向您索取。",
} as const;
