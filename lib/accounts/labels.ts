import type { AccountStatus, MaritalStatus } from "@/lib/generated/prisma/enums";

/** The one Chinese label per deposit-account status (screens, certificates, the window's facts). */
export const ACCOUNT_STATUS_LABELS: Record<AccountStatus, string> = { NORMAL: "正常", SEALED: "封存", CLOSED: "销户" };

export const MARITAL_STATUS_LABELS: Record<MaritalStatus, string> = { SINGLE: "未婚", MARRIED: "已婚", DIVORCED: "离异", WIDOWED: "丧偶" };
