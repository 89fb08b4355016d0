/** Chinese messages for the notification use cases' DomainError codes. */
export const NOTIFICATION_MESSAGES = {
  NOT_FOUND: "未找到该消息",
  FORBIDDEN_ROLE: "请先登录",
  SMS_SEND_FAILED: "短信发送失败，将自动重试",
  ALREADY_HANDLED: "该消息已处理",
  SMS_NOT_RESENDABLE: "只有发送失败的短信可以重新发送；已过时效的短信内容已不再准确，不再发送",
  SMS_ALREADY_RESENT: "该短信已重新放入发送队列，请勿重复操作",
  SYSTEM_BUSY: "系统繁忙，请稍后重试",
  DATABASE_ERROR: "系统暂时无法完成操作，请稍后重试",
} satisfies Record<string, string>;
export type NotificationErrorCode = keyof typeof NOTIFICATION_MESSAGES;
