import type { LoginFailureCode } from "@/lib/auth/verify-credentials";
import { LOCK_MINUTES } from "@/lib/auth/policy";

/** Chinese messages for sign-in failures; `field` says where the form shows it. */
export const LOGIN_MESSAGES: Record<LoginFailureCode, { message: string; field?: "windowNo" }> = {
  INVALID: { message: "账号或密码错误" },
  LOCKED: { message: `密码错误次数过多，账户已锁定，请${LOCK_MINUTES}分钟后再试` },
  INACTIVE: { message: "该账户已停用，请联系管理员" },
  WINDOW_REQUIRED: { message: "柜员须选择今日所在窗口", field: "windowNo" },
  WINDOW_UNAVAILABLE: { message: "该窗口未启用，请选择其他窗口", field: "windowNo" },
  WINDOW_OCCUPIED: { message: "该窗口已有柜员签到，请选择其他窗口或待其签退后再签到", field: "windowNo" },
};

export const LOGIN_FAILURE_CODES = Object.keys(LOGIN_MESSAGES) as LoginFailureCode[];

export function isLoginFailureCode(value: unknown): value is LoginFailureCode {
  return typeof value === "string" && (LOGIN_FAILURE_CODES as string[]).includes(value);
}
