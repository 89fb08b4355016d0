/** The Chinese messages of the working-day calendar's errors (the admin page shows them). */
export const CALENDAR_MESSAGES = {
  FORBIDDEN_ROLE: "只有系统管理员可以维护工作日历",
  INVALID_DATE: "请输入有效日期（年-月-日）",
  WORKDAY_NOT_WEEKEND: "调休上班日只能设在周六或周日",
  HOLIDAY_NOT_WEEKDAY: "周六、周日本就不上班，无需设为节假日",
  DAY_ALREADY_SET: "该日期已在日历中，请先删除原设置",
  DAY_NOT_SET: "该日期不在日历中",
  ALREADY_HANDLED: "该日期已由其他人员修改，请刷新后查看",
  SYSTEM_BUSY: "系统繁忙，请稍后重试",
  DATABASE_ERROR: "系统暂时无法完成操作，请稍后重试",
} satisfies Record<string, string>;
export type CalendarErrorCode = keyof typeof CALENDAR_MESSAGES;
