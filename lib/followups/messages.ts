/** The Chinese messages of ratings (好差评) and the supervisors' follow-up tasks. */
export const FOLLOW_UP_MESSAGES = {
  FORBIDDEN_ROLE: "您没有办理该业务的权限",
  CASE_NOT_FOUND: "未找到您的这笔办件",
  CASE_NOT_CLOSED: "办件办结后才能评价",
  ALREADY_RATED: "这笔办件已评价过，每笔办件只能评价一次",
  INVALID_SCORE: "请选择1至5分的评价",
  TASK_NOT_FOUND: "未找到该回访任务",
  TASK_CLOSED: "该任务已办结，请刷新后查看",
  REPLY_REQUIRED: "请填写处理结果",
  TASK_OTHER_WINDOW: "该任务属于其他窗口，由该窗口的值班长处理",
  WINDOW_NOT_FOUND: "未找到该窗口",
  NOT_A_SUPERVISOR: "请选择在岗的值班长",
  KIOSK_TICKET_INVALID: "请输入号票上的号码，如 A007",
  KIOSK_ID_SUFFIX_INVALID: "请输入身份证件号码后6位",
  KIOSK_VISIT_NOT_FOUND: "未找到今天这张号票办理的办件，请核对号票号码和身份证件号码后6位",
  ALREADY_HANDLED: "已被其他人员处理，请刷新后查看",
  SYSTEM_BUSY: "系统繁忙，请稍后重试",
  DATABASE_ERROR: "系统暂时无法完成操作，请稍后重试",
} satisfies Record<string, string>;
export type FollowUpErrorCode = keyof typeof FOLLOW_UP_MESSAGES;
