import { z } from "zod";
import { normalizeMonth } from "@/lib/remittances/contribution-year";

export const ZRemittanceMonth = z
  .string()
  .trim()
  .refine((v) => normalizeMonth(v) !== null, "请选择正确的汇缴月份（年-月）")
  .transform((v) => normalizeMonth(v)!);

export const ZPostRemittanceForm = z.object({ month: ZRemittanceMonth });
export type TPostRemittanceForm = z.infer<typeof ZPostRemittanceForm>;

/** The on-screen editor: one rate pair for everyone, a base per person (rows checked by row-rules). */
export const ZScreenRemittanceForm = z.object({
  month: ZRemittanceMonth,
  employerRate: z.string().trim().min(1, "请填写单位比例"),
  personalRate: z.string().trim().min(1, "请填写个人比例"),
  idNumber: z.array(z.string()).min(1, "没有可汇缴的职工").max(20_000),
  name: z.array(z.string()),
  base: z.array(z.string()),
});
