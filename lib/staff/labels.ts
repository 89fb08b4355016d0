import type { StaffLimitKind } from "@/lib/generated/prisma/enums";

/** The labels of staff administration, in one place. */
export const LIMIT_KIND_LABELS: Record<StaffLimitKind, string> = {
  LOAN_APPROVAL: "贷款审批额度",
  WITHDRAWAL: "提取审批额度",
};

export const STAFF_AUDIT_LABELS: Record<string, string> = {
  STAFF_CREATED: "创建账号",
  STAFF_ROLES_CHANGED: "调整角色",
  STAFF_DEACTIVATED: "停用账号",
  STAFF_REACTIVATED: "恢复账号",
  STAFF_LIMIT_PROPOSED: "提出提高额度",
  STAFF_LIMIT_CHANGED: "额度生效",
  STAFF_LIMIT_REJECTED: "驳回额度调整",
  PASSWORD_CHANGED: "修改密码",
  STAFF_PASSWORD_RESET: "管理员重置密码",
};
