import type { SignInFailureCode } from "@/lib/auth/attempt-sign-in";
import { LOCK_MINUTES, MAX_FAILED_LOGINS } from "@/lib/auth/policy";

/**
 * One message for a wrong password, an unknown account and a locked account: what the form says
 * must not tell whether an account exists (a lock exists only for real accounts).
 */
export const SIGN_IN_REFUSED = `账号或密码错误（连续${MAX_FAILED_LOGINS}次错误将锁定${LOCK_MINUTES}分钟）`;

/** Chinese messages for sign-in failures; `field` says where the form shows it. */
export const LOGIN_MESSAGES: Record<SignInFailureCode, { message: string; field?: "windowNo" }> = {
  INVALID: { message: SIGN_IN_REFUSED },
  LOCKED: { message: SIGN_IN_REFUSED },
  RATE_LIMITED: { message: "尝试次数过多，请稍后再试" },
  INACTIVE: { message: "该账户已停用，请联系管理员" },
  WINDOW_REQUIRED: { message: "柜员须选择今日所在窗口", field: "windowNo" },
  WINDOW_UNAVAILABLE: { message: "该窗口未启用，请选择其他窗口", field: "windowNo" },
  WINDOW_OCCUPIED: { message: "该窗口已有柜员签到，请选择其他窗口或待其签退后再签到", field: "windowNo" },
};

export const LOGIN_FAILURE_CODES = Object.keys(LOGIN_MESSAGES) as SignInFailureCode[];

export function isLoginFailureCode(value: unknown): value is SignInFailureCode {
  return typeof value === "string" && (LOGIN_FAILURE_CODES as string[]).includes(value);
}
