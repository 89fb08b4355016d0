import type { AccountStatus } from "@/lib/generated/prisma/enums";

export const ACCOUNT_STATUS_LABELS: Record<AccountStatus, string> = { NORMAL: "正常", SEALED: "封存", CLOSED: "销户" };
