import type { AdmissionDecision, ConstructionStatus, ProjectAdmissionStatus, StageGuaranteeStatus } from "@/lib/generated/prisma/enums";

export const CONSTRUCTION_STATUS_LABELS: Record<ConstructionStatus, string> = {
  NOT_STARTED: "未开工",
  UNDER_CONSTRUCTION: "在建",
  BUILT: "已竣工",
};

export const ADMISSION_STATUS_LABELS: Record<ProjectAdmissionStatus, string> = {
  NOT_APPLIED: "未申请",
  APPLIED: "已申请待准入",
  ADMITTED: "已准入",
  REJECTED: "未予准入",
  SUSPENDED: "暂停准入",
};

export const DECISION_LABELS: Record<AdmissionDecision, string> = { PENDING: "待决定", ADMITTED: "准入", REJECTED: "不予准入" };

export const GUARANTEE_STATUS_LABELS: Record<StageGuaranteeStatus, string> = { ACTIVE: "担保中", RELEASED: "已解除" };

export const CONSTRUCTION_STATUSES = ["NOT_STARTED", "UNDER_CONSTRUCTION", "BUILT"] as const satisfies readonly ConstructionStatus[];
export const ADMISSION_STATUSES = [
  "NOT_APPLIED",
  "APPLIED",
  "ADMITTED",
  "REJECTED",
  "SUSPENDED",
] as const satisfies readonly ProjectAdmissionStatus[];

/** Nanjing's districts, the project's 所在区. */
export const DISTRICTS = [
  "玄武区",
  "秦淮区",
  "建邺区",
  "鼓楼区",
  "浦口区",
  "栖霞区",
  "雨花台区",
  "江宁区",
  "六合区",
  "溧水区",
  "高淳区",
] as const;

/** 房地产开发企业资质等级. */
export const QUALIFICATION_LEVELS = ["一级", "二级", "三级", "四级", "暂定"] as const;
