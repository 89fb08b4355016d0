import { z } from "zod";
import { REASON_CODES } from "@/lib/withdrawals/reasons";
import type { FormState } from "@/lib/action-state";
import { parseResidentId, RESIDENT_ID_MESSAGES } from "@/lib/identity/resident-id";

const optionalText = z.string().trim().max(20).optional().default("");
// Facts are checked for form by check-facts.ts (required per reason); here only their length.
const fact = z.string().trim().max(80, "内容过长").optional().default("");

export const ZApplyWithdrawal = z.object({
  reasonCode: z.enum(REASON_CODES, "请选择提取原因"),
  amount: z.string().trim().min(1, "请填写提取金额"),
  bankName: z.string().trim().min(2, "请填写开户银行").max(40, "开户银行名称过长"),
  bankAccount: z
    .string()
    .trim()
    .regex(/^\d{12,30}$/, "银行卡号应为 12 至 30 位数字"),
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

/** The payout goes through the bank port: no reference is typed by hand. */
export const ZRecordPayout = z.object({
  withdrawalId: z.string().min(1),
});

/**
 * At the window: how the citizen's presence is evidenced. ID_CARD: the ID number field and the
 * name are the card reader's output; PORTAL_CODE: the 6-digit code the citizen shows.
 */
export const ZWindowPresenceFields = {
  presence: z.enum(["ID_CARD", "PORTAL_CODE"], "请选择本人到场核验方式"),
  cardName: z.string().trim().max(30, "姓名过长").optional().default(""),
  presenceCode: z.string().trim().max(6, "确认码应为 6 位数字").optional().default(""),
};

/** The evidence's form rule, one place for every window form that asks for it (withdrawal, transfer out). */
export function checkPresenceFields(v: { presence: string; cardName: string; presenceCode: string }, ctx: z.RefinementCtx): void {
  if (v.presence === "ID_CARD" && v.cardName.length < 2)
    ctx.addIssue({ code: "custom", path: ["cardName"], message: "请读取申请人身份证（姓名）" });
  if (v.presence === "PORTAL_CODE" && !/^\d{6}$/.test(v.presenceCode))
    ctx.addIssue({ code: "custom", path: ["presenceCode"], message: "确认码应为 6 位数字" });
}

export const ZWindowPresence = z.object(ZWindowPresenceFields).superRefine(checkPresenceFields);

/**
 * The application a teller takes at the window: the applicant's ID number (check digit validated),
 * the application itself and the evidence of presence. A bad ID number is shown alone (see
 * windowApplicationInvalid), the rest all at once.
 */
export const ZWindowApplication = z.object({
  idNumber: z.string().transform((value, ctx) => {
    const parsed = parseResidentId(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: RESIDENT_ID_MESSAGES[parsed.problem] });
      return z.NEVER;
    }
    return parsed.value.idNumber;
  }),
  application: ZApplyWithdrawal,
  presence: ZWindowPresence,
});

/** A failed ZWindowApplication as the form shows it: the ID number's problem alone, else every field's. */
export function windowApplicationInvalid(error: z.ZodError, values: Record<string, string>): FormState {
  const idIssues = error.issues.filter((i) => i.path[0] === "idNumber");
  if (idIssues.length) return { fieldErrors: { idNumber: idIssues.map((i) => i.message) }, values };
  const fieldErrors: Record<string, string[]> = {};
  let formError: string | undefined;
  for (const issue of error.issues) {
    const field = issue.path[1];
    if (field === undefined) formError ??= issue.message;
    else (fieldErrors[String(field)] ??= []).push(issue.message);
  }
  return { fieldErrors, formError, values };
}
