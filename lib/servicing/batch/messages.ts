/** Chinese messages for the batch screen's error codes. */
export const BATCH_ERROR_MESSAGES = {
  INVALID_DATE: "请输入有效的营业日期",
  BATCH_DATE_IN_FUTURE: "营业日期不能晚于今天",
  BATCH_ALREADY_COMPLETED: "该营业日的日终批处理已完成，无需重复执行",
  BATCH_ALREADY_RUNNING: "该营业日的日终批处理正在执行中，请等待完成",
  BATCH_LOCKED: "另一日终批处理正在执行（自动执行或其他服务器），请等待其完成后再试",
  BATCH_PREVIOUS_INCOMPLETE: "前一营业日的日终批处理尚未完成，请按日期顺序执行",
  FORBIDDEN_ROLE: "只有系统管理员可以执行日终批处理",
  REPAYMENT_EXCEEDS_DUE: "还款分配异常：扣款金额超过应还金额，批处理已停止，请联系技术人员",
  BATCH_FAILED: "批处理执行失败，已完成的步骤不会重复执行，请稍后重新开始以续跑",
} satisfies Record<string, string>;
export type BatchErrorCode = keyof typeof BATCH_ERROR_MESSAGES;

/** The daily time form's messages (every error at the top of the form). */
export const BATCH_SCHEDULE_MESSAGES = {
  FORBIDDEN_ROLE: "只有系统管理员可以修改执行时间",
  INVALID_SETTING: "执行时间无效，请检查后重新保存",
} satisfies Record<string, string>;
