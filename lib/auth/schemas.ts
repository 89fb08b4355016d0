import { z } from "zod";
import { parseResidentId, RESIDENT_ID_MESSAGES } from "@/lib/identity/resident-id";

const password = z.string({ error: "请输入密码" }).min(1, "请输入密码").max(128, "密码过长");

/** 市民登录: resident ID number (check digit validated) and password. */
export const ZCitizenLogin = z.object({
  idNumber: z
    .string({ error: "请输入身份证号" })
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
  password,
});
export type TCitizenLogin = z.infer<typeof ZCitizenLogin>;

/** 工作人员登录: user name, password, and the window for tellers ("" = none chosen). */
export const ZStaffLogin = z.object({
  loginName: z.string({ error: "请输入用户名" }).trim().min(1, "请输入用户名").max(64, "用户名过长"),
  password,
  windowNo: z.preprocess(
    (value) => (value === "" || value === null || value === undefined ? undefined : value),
    z.coerce
      .number({ error: "请选择1至10号窗口" })
      .int("请选择1至10号窗口")
      .min(1, "请选择1至10号窗口")
      .max(10, "请选择1至10号窗口")
      .optional(),
  ),
});
export type TStaffLogin = z.infer<typeof ZStaffLogin>;

/** What the Credentials provider receives (the login actions add `kind`). */
export const ZCredentials = z.discriminatedUnion("kind", [
  ZCitizenLogin.extend({ kind: z.literal("citizen") }),
  ZStaffLogin.extend({ kind: z.literal("staff") }),
]);
export type TCredentials = z.infer<typeof ZCredentials>;
