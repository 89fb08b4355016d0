import type { CaseChannel, RateChangeStatus, StaffChangeKind, StaffChangeStatus } from "@/lib/generated/prisma/enums";

/** One Chinese label per value of the employee lifecycle's enums. */
export const STAFF_CHANGE_KIND_LABELS: Record<StaffChangeKind, string> = { HIRE: "增员", LEAVE: "减员", SEAL: "封存", UNSEAL: "启封" };
export const STAFF_CHANGE_STATUS_LABELS: Record<StaffChangeStatus, string> = { PENDING: "待月末封存", DONE: "已办结", CANCELLED: "已撤销" };
export const CHANNEL_LABELS: Record<CaseChannel, string> = { WINDOW: "窗口", ONLINE: "网上" };
export const RATE_CHANGE_STATUS_LABELS: Record<RateChangeStatus, string> = { PENDING: "待复核", APPROVED: "已生效", REJECTED: "已退回" };
export const HIRE_OUTCOME_LABELS = { OPENED: "已开户", UNSEALED: "已启封", TRANSFERRED: "已市内转移并启封" } as const;
