/** Chinese text for the collection use cases' DomainError codes (the edge shows these). */
export const COLLECTION_MESSAGES = {
  FORBIDDEN_ROLE: "只有风控专员或系统管理员可以办理清收业务",
  NOT_FOUND: "未找到该清收案件，请刷新后重试",
  CASE_CLOSED: "该清收案件已销号，不能再登记或变更",
  CONTACT_RULES: "请按提示修改联系记录",
  CONTACT_BEFORE_OPEN: "联系时间不能早于立案日期",
  NOT_A_COLLECTOR: "所选人员不是在岗的风控专员",
  ASSIGN_OTHERS: "风控专员只能接手给本人，改派他人需系统管理员办理",
  STALE: "该案件的清收人员已被他人变更，请刷新后查看",
  NOTHING_OVERDUE: "该贷款当前没有逾期欠款，无需出具逾期贷款通知单",
  ALREADY_HANDLED: "该操作已被处理，请刷新后查看",
  SYSTEM_BUSY: "系统繁忙，请稍后重试",
  DATABASE_ERROR: "系统暂时无法完成操作，请稍后重试",
} satisfies Record<string, string>;
export type CollectionErrorCode = keyof typeof COLLECTION_MESSAGES;
