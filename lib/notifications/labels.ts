import type { NotificationKind, SmsStatus } from "@/lib/generated/prisma/enums";

/** One Chinese label per kind of notification (the inbox's tag). */
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  LOAN_STAGE: "贷款进度",
  LOAN_QUEUE: "待办",
  WITHDRAWAL_PAID: "提取到账",
  DUE_REMINDER: "还款提醒",
  LOAN_OVERDUE: "逾期提醒",
  OVERDUE_NOTICE: "逾期通知",
  REMITTANCE_CREDITED: "缴存到账",
  WITHDRAWAL_QUEUE: "提取待办",
  BACK_PAYMENT_QUEUE: "补缴待办",
  ACCOUNT_SECURITY: "账户安全",
};

/** The SMS outbox's statuses as staff read them (/admin/sms). */
export const SMS_STATUS_LABELS: Record<SmsStatus, string> = {
  PENDING: "待发送",
  SENT: "已发送",
  FAILED: "发送失败",
  EXPIRED: "已过时效未发送",
};
