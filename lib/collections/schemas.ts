import { z } from "zod";
import { AGING_BUCKETS, CONTACT_KINDS, CONTACT_PARTIES } from "@/lib/collections/labels";
import { contactRuleIssues } from "@/lib/collections/contact-rules";
import { shanghaiLocalToInstant } from "@/lib/dates/business-day";

// zod schemas shared by the collection forms and their server actions. Field errors are Chinese and
// sit next to their inputs; the time and promise rules come from contact-rules.ts.

const id = (message: string) => z.string({ error: message }).trim().min(1, message);
/** An optional text input: "" becomes null. */
const optional = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => (v ? v : null));

/** The contact log form. `now` decides what "future" and "past" mean (tests pass a fixed clock). */
export function logContactSchema(now: Date = new Date()) {
  return z
    .object({
      caseId: id("缺少清收案件"),
      kind: z.enum(CONTACT_KINDS, "请选择联系方式"),
      contactedAt: z
        .string({ error: "请填写联系时间" })
        .trim()
        .min(1, "请填写联系时间")
        .transform((v, ctx) => {
          const at = shanghaiLocalToInstant(v);
          if (!at) ctx.addIssue({ code: "custom", message: "联系时间格式不正确" });
          return at ?? new Date(NaN);
        }),
      party: z.enum(CONTACT_PARTIES, "请选择联系对象"),
      outcome: z.string({ error: "请填写联系结果" }).trim().min(1, "请填写联系结果").max(200, "联系结果不超过200字"),
      promisedAmount: optional(20, "承诺还款金额格式不正确").transform((v) => (v === null ? null : v.replaceAll(",", ""))),
      promisedDate: optional(10, "承诺还款日期格式不正确"),
      note: optional(500, "备注不超过500字"),
    })
    .superRefine((value, ctx) => {
      if (Number.isNaN(value.contactedAt.getTime())) return;
      for (const issue of contactRuleIssues(value, now)) ctx.addIssue({ code: "custom", path: [issue.field], message: issue.message });
    });
}
export type TLogContact = z.infer<ReturnType<typeof logContactSchema>>;

export const ZAddGuarantor = z.object({
  caseId: id("缺少清收案件"),
  name: z.string({ error: "请填写担保人姓名" }).trim().min(1, "请填写担保人姓名").max(40, "姓名不超过40字"),
  phone: z
    .string({ error: "请填写联系电话" })
    .trim()
    .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, "联系电话应为11位手机号或带区号的固定电话"),
  relation: z.string({ error: "请填写与借款人关系" }).trim().min(1, "请填写与借款人关系").max(20, "关系不超过20字"),
  address: optional(200, "地址不超过200字"),
});
export type TAddGuarantor = z.infer<typeof ZAddGuarantor>;

/** Take over (the officer themself) or assign (ADMIN picks the officer). */
export const ZReassignCollector = z.object({
  caseId: id("缺少清收案件"),
  collectorId: id("请选择清收人员"),
  /** The collector the screen showed: a reassignment made on a stale screen is refused. */
  expectedCollectorId: z
    .string()
    .optional()
    .transform((v) => (v ? v : null)),
});
export type TReassignCollector = z.infer<typeof ZReassignCollector>;

export const ZIssueNotice = z.object({ caseId: id("缺少清收案件") });

/** The ledger's filters (search params); anything unknown falls back to the default. */
export const ZLedgerFilter = z.object({
  scope: z.enum(["all", "mine"]).catch("all"),
  status: z.enum(["open", "closed", "all"]).catch("open"),
  bucket: z.enum(AGING_BUCKETS).optional().catch(undefined),
  collector: z.string().trim().max(40).optional().catch(undefined),
  q: z.string().trim().max(40).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TLedgerFilter = z.infer<typeof ZLedgerFilter>;
