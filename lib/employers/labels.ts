import type { CaseChannel, RateChangeStatus, StaffChangeKind, StaffChangeStatus } from "@/lib/generated/prisma/enums";

/** One Chinese label per value of the employee lifecycle's enums. */
export const STAFF_CHANGE_KIND_LABELS: Record<StaffChangeKind, string> = { HIRE: "增员", LEAVE: "减员", SEAL: "封存", UNSEAL: "启封" };
export const STAFF_CHANGE_STATUS_LABELS: Record<StaffChangeStatus, string> = { PENDING: "待月末封存", DONE: "已办结", CANCELLED: "已撤销" };
export const CHANNEL_LABELS: Record<CaseChannel, string> = { WINDOW: "窗口", ONLINE: "网上" };
export const RATE_CHANGE_STATUS_LABELS: Record<RateChangeStatus, string> = { PENDING: "待复核", APPROVED: "已生效", REJECTED: "已退回" };
export const HIRE_OUTCOME_LABELS = { OPENED: "已开户", UNSEALED: "已启封", TRANSFERRED: "已市内转移并启封" } as const;

/** What the agent's and the window's hire form say after a hire. */
export function hireDoneText(r: { outcome: keyof typeof HIRE_OUTCOME_LABELS; accountNo: string; carriedBalance?: string | null }): string {
  return `增员成功：${HIRE_OUTCOME_LABELS[r.outcome]}，个人账号 ${r.accountNo}${r.carriedBalance ? `，转入余额 ${r.carriedBalance} 元` : ""}`;
}

/** What the leaver form says once the leave is recorded. */
export function leaveDoneText(r: { sealOn: string }): string {
  return `减员已登记，账户将于 ${r.sealOn} 月末封存`;
}

/** What the cancel-leave form says once the leave is cancelled (a repeated click says the same). */
export function leaveCancelledText(r: { sealOn: string }): string {
  return `已撤销减员，账户继续正常缴存，不再于 ${r.sealOn} 封存`;
}
