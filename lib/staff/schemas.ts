import { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import { parseResidentId, RESIDENT_ID_MESSAGES } from "@/lib/identity/resident-id";
import { money } from "@/lib/money";
import { WINDOW_NUMBERS } from "@/lib/auth/policy";
import { STAFF_ROLES } from "@/lib/staff/staff-rules";

/** zod schemas of the staff administration forms (shared by forms, actions and tests). */

const text = (label: string, max: number) =>
  z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().trim().min(1, `请填写${label}`).max(max, `${label}不能超过${max}个字`));

export const residentId = z.preprocess(
  (v) => (typeof v === "string" ? v : ""),
  z
    .string()
    .trim()
    .min(1, "请输入身份证号")
    .transform((value, ctx) => {
      const parsed = parseResidentId(value);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: RESIDENT_ID_MESSAGES[parsed.problem] });
        return z.NEVER;
      }
      return parsed.value.idNumber;
    }),
);

const optionalResidentId = z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v : undefined), residentId.optional());

const staffRoles = z.array(z.string()).transform((roles, ctx) => {
  const picked = [...new Set(roles)].filter((r): r is Role => (STAFF_ROLES as readonly string[]).includes(r));
  if (picked.length !== roles.length || picked.length === 0) {
    ctx.addIssue({ code: "custom", message: "请至少选择一个工作人员角色" });
    return z.NEVER;
  }
  return STAFF_ROLES.filter((r) => picked.includes(r));
});

/** An initial password: 10–64 characters with letters and digits (the staff member replaces it at first sign-in). */
export const initialPassword = z
  .string()
  .min(10, "密码至少10位")
  .max(64, "密码不能超过64位")
  .regex(/[A-Za-z]/, "密码须同时包含字母和数字")
  .regex(/\d/, "密码须同时包含字母和数字");

export const ZCreateStaff = z.object({
  loginName: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() : ""),
    z.string().regex(/^[a-z][a-z0-9_]{2,31}$/, "用户名为3至32位小写字母、数字或下划线，以字母开头"),
  ),
  displayName: text("姓名", 20),
  idNumber: optionalResidentId,
  roles: staffRoles,
  initialPassword,
});
export type TCreateStaff = z.infer<typeof ZCreateStaff>;

export const ZSetRoles = z.object({ userId: z.string().min(1), roles: staffRoles });

export const ZSetActive = z.object({
  userId: z.string().min(1),
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
  reason: text("原因", 200),
});

const limitAmount = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().replaceAll(",", "") : ""),
  z
    .string()
    .refine(
      (v) => v === "" || (/^(0|[1-9]\d{0,11})(\.\d{1,2})?$/.test(v) && money(v).gt(0)),
      "请输入大于0的金额（元），最多两位小数；留空表示无审批权限",
    )
    .transform((v) => (v === "" ? null : money(v).toFixed(2))),
);

export const ZProposeLimit = z.object({
  userId: z.string().min(1),
  kind: z.enum(["LOAN_APPROVAL", "WITHDRAWAL"], { message: "请选择额度种类" }),
  amount: limitAmount,
  reason: text("调整原因", 200),
});
export type TProposeLimit = z.infer<typeof ZProposeLimit>;

export const ZDecideLimit = z.object({
  changeId: z.string().min(1),
  decision: z.enum(["CONFIRM", "REJECT"]),
});

const windowNumber = z.preprocess(
  (v) => (typeof v === "string" && /^\d+$/.test(v.trim()) ? Number(v) : v),
  z
    .number({ message: `窗口号应为${WINDOW_NUMBERS[0]}至${WINDOW_NUMBERS.at(-1)}` })
    .int()
    .refine((n) => (WINDOW_NUMBERS as readonly number[]).includes(n), `窗口号应为${WINDOW_NUMBERS[0]}至${WINDOW_NUMBERS.at(-1)}`),
);

export const ZCreateWindow = z.object({ number: windowNumber, name: text("窗口名称", 30) });

export const ZUpdateWindow = z.object({
  windowId: z.string().min(1),
  name: text("窗口名称", 30),
  active: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
});

export const RELATIONS = ["配偶", "父母", "子女", "兄弟姐妹", "配偶父母", "其他近亲属"] as const;

export const ZDeclareRelative = z.object({
  idNumber: residentId,
  name: text("亲属姓名", 20),
  relation: z.enum(RELATIONS, { message: "请选择亲属关系" }),
});
export type TDeclareRelative = z.infer<typeof ZDeclareRelative>;

export const ZRemoveRelative = z.object({ relativeId: z.string().min(1), reason: text("撤销原因", 200) });

/** A new password typed twice: the second must match (the error sits on the second field). */
export const newPasswordConfirmed = (v: { newPassword: string; confirmPassword: string }) => v.newPassword === v.confirmPassword;
export const NEW_PASSWORD_MISMATCH = { path: ["confirmPassword"], message: "两次输入的新密码不一致" };

export const ZChangePassword = z
  .object({
    currentPassword: z.string().min(1, "请输入当前密码").max(128),
    newPassword: initialPassword.pipe(z.string()),
    confirmPassword: z.string(),
  })
  .refine(newPasswordConfirmed, NEW_PASSWORD_MISMATCH);

/** ADMIN resets another staff member's password to a one-time temporary one (changed at next sign-in). */
export const ZResetStaffPassword = z.object({ userId: z.string().min(1), tempPassword: initialPassword });
