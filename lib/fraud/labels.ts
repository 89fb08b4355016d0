import type { FraudFlagKind, FraudFlagStatus } from "@/lib/generated/prisma/enums";

export const FLAG_KIND_LABELS: Record<FraudFlagKind, string> = {
  REGISTRY_MISMATCH: "不动产登记信息不符",
  DUPLICATE_MEDICAL_RECORD: "病历资料重复",
  INVOICE_NOT_FOUND: "契税凭证核验未通过",
  REPEAT_TRADE: "房产短期内多次交易",
  INSIDER_CONFLICT: "经办人员利益冲突",
  DUPLICATE_DOCUMENT: "申请材料与他人重复",
};

export const FLAG_STATUS_LABELS: Record<FraudFlagStatus, string> = { OPEN: "待核查", CONFIRMED: "已确认欺诈", DISMISSED: "已排除" };
