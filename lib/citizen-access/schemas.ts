import { z } from "zod";
import type { FormState } from "@/lib/action-state";
import { NEW_PASSWORD_MISMATCH, initialPassword, newPasswordConfirmed, residentId } from "@/lib/staff/schemas";
import { ACCESS_CODE_LENGTH } from "@/lib/citizen-access/code-rules";

/** zod schemas of 开通网上服务 / 忘记密码 (/login/activate), shared by the forms, actions and tests. */

const str = (v: unknown) => (typeof v === "string" ? v : "");

/** Step 1: who asks (ID number with check digit, name, the mobile number on file). */
export const ZRequestAccessCode = z.object({
  idNumber: residentId,
  name: z.preprocess(str, z.string().trim().min(1, "请填写姓名").max(30, "姓名不能超过30个字")),
  phone: z.preprocess(
    (v) => str(v).replace(/[\s-]/g, ""),
    z
      .string()
      .min(1, "请填写手机号")
      .regex(/^(\+?86)?1[3-9]\d{9}$/, "请填写11位手机号"),
  ),
});
export type TRequestAccessCode = z.infer<typeof ZRequestAccessCode>;

/** Step 2: the code from the SMS and the new password (the same rules as /staff/password). */
export const ZRedeemAccessCode = z
  .object({
    idNumber: residentId,
    code: z.preprocess(
      (v) => str(v).trim(),
      z.string().regex(new RegExp(`^\\d{${ACCESS_CODE_LENGTH}}$`), `请填写短信中的${ACCESS_CODE_LENGTH}位验证码`),
    ),
    newPassword: initialPassword,
    confirmPassword: z.string(),
  })
  .refine(newPasswordConfirmed, NEW_PASSWORD_MISMATCH);
export type TRedeemAccessCode = z.infer<typeof ZRedeemAccessCode>;

/** Step 1's answer: the same line whatever was found, and the ID number for step 2. */
export type RequestCodeState = FormState & { sent?: { idNumber: string; message: string } };
/** Step 2's answer: activated (a new sign-in) or reset (a new password). */
export type RedeemCodeState = FormState & { done?: "ACTIVATED" | "RESET" };
