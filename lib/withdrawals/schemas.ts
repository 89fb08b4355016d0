import { z } from "zod";
import { REASON_CODES } from "@/lib/withdrawals/reasons";

const optionalText = z.string().trim().max(20).optional().default("");
// Facts are checked for form by check-facts.ts (required per reason); here only their length.
const fact = z.string().trim().max(80, "内容过长").optional().default("");

export const ZApplyWithdrawal = z.object({
  reasonCode: z.enum(REASON_CODES, "请选择提取原因"),
  amount: z.string().trim().min(1, "请填写提取金额"),
  bankName: z.string().trim().min(2, "请填写开户银行").max(40, "开户银行名称过长"),
  bankAccount: z.string().trim().regex(/^\d{12,30}$/, "银行卡号应为 12 至 30 位数字"),
  idempotencyKey: z.string().trim().min(8).max(64),
  purchasePrice: optionalText,
  buildCost: optionalText,
  loanBalance: optionalText,
  monthlyRent: optionalText,
  months: optionalText,
  outOfPocket: optionalText,
  propertyCertNo: fact,
  propertyOwner: fact,
  propertyArea: fact,
  propertyRegisteredOn: fact,
  deedTaxInvoiceNo: fact,
  hospital: fact,
  admissionDate: fact,
  dischargeDate: fact,
  diagnosis: fact,
  medicalTotal: fact,
});
export type TApplyWithdrawal = z.infer<typeof ZApplyWithdrawal>;

export const ZDecideWithdrawal = z.object({
  withdrawalId: z.string().min(1),
  version: z.coerce.number().int().min(0),
  decision: z.enum(["APPROVE", "REJECT"]),
  note: z.string().trim().max(200).optional().default(""),
});

export const ZRecordPayout = z.object({
  withdrawalId: z.string().min(1),
  payoutRef: z.string().trim().min(4, "请填写银行转账流水号").max(40, "流水号过长"),
});
