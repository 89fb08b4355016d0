import { z } from "zod";
import { isRealDate } from "@/lib/dates/calendar";

// zod schemas of the employer and employee forms (window and /employer). They check presence and
// shape; the rules with data behind them (check digits, rate bounds, base range, dates against the
// account) are the use cases', which put their Chinese message at the same field.

const text = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过${max}个字`);
const id = (label: string) =>
  z
    .string({ error: `缺少${label}，请刷新后重试` })
    .trim()
    .min(1, `缺少${label}，请刷新后重试`)
    .max(64);
const date = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .refine((v) => v !== "", `请填写${label}`)
    .refine((v) => v === "" || isRealDate(v), `${label}应为有效日期（年-月-日）`);
const rate = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(8, `${label}格式不正确`);

export const ZEmployerDetails = z.object({
  name: text("单位名称", 100),
  address: text("单位地址", 200),
  contactPhone: text("联系电话", 30),
});

export const ZRegisterEmployer = ZEmployerDetails.extend({
  creditCode: z.string({ error: "请填写统一社会信用代码" }).trim().min(1, "请填写统一社会信用代码").max(30, "统一社会信用代码应为18位"),
  employerRate: rate("单位缴存比例"),
  personalRate: rate("个人缴存比例"),
});

export const ZUpdateEmployer = ZEmployerDetails.extend({ employerId: id("单位") });

export const ZRequestRateChange = z.object({
  employerId: id("单位"),
  year: z.enum(["current", "next"], { error: "请选择缴存年度" }),
  employerRate: rate("单位缴存比例"),
  personalRate: rate("个人缴存比例"),
  reason: text("调整原因", 200),
});

export const ZDecideRateChange = z.object({
  rateChangeId: id("比例调整"),
  decision: z.enum(["approve", "reject"], { error: "请选择审批结果" }),
  note: z.string().trim().max(200, "意见不能超过200个字").optional(),
});

export const ZCreateAgent = z.object({
  employerId: id("单位"),
  loginName: z
    .string({ error: "请填写登录名" })
    .trim()
    .regex(/^[a-z][a-z0-9_]{3,31}$/, "登录名应为4–32位小写字母、数字或下划线，以字母开头"),
  displayName: text("经办人姓名", 40),
});

export const ZDeactivateAgent = z.object({ employerId: id("单位"), userId: id("经办人") });

export const ZHire = z.object({
  idNumber: z.string({ error: "请填写身份证号" }).trim().min(1, "请填写身份证号").max(20, "身份证号应为18位"),
  name: text("姓名", 40),
  phone: text("手机号码", 20),
  maritalStatus: z.enum(["SINGLE", "MARRIED", "DIVORCED", "WIDOWED"], { error: "请选择婚姻状况" }),
  base: z.string({ error: "请填写缴存基数" }).trim().min(1, "请填写缴存基数").max(20),
  hiredOn: date("入职日期"),
});

export const ZLeave = z.object({
  accountId: id("职工"),
  leftOn: date("离职日期"),
  reason: text("减员原因", 200),
});

export const ZCancelLeave = z.object({
  staffChangeId: z.string({ error: "请选择要撤销的减员登记" }).trim().min(1, "请选择要撤销的减员登记").max(64),
  reason: text("撤销原因", 200),
});

export const ZSeal = z.object({
  accountId: id("职工"),
  action: z.enum(["seal", "unseal"], { error: "请选择封存或启封" }),
  reason: text("原因", 200),
});

/** At a window the employer is named by the form; online it is the agent's own. */
export const ZEmployerId = z.object({ employerId: id("单位") });

export const ZMonthEnd = z.object({ businessDate: date("封存日期") });

/** The window's forms name the employer they act for. */
export const ZWindowHire = ZHire.extend(ZEmployerId.shape);
export const ZWindowLeave = ZLeave.extend(ZEmployerId.shape);
export const ZWindowSeal = ZSeal.extend(ZEmployerId.shape);
export const ZWindowCancelLeave = ZCancelLeave.extend(ZEmployerId.shape);
export const ZDecideRateChangeForm = ZDecideRateChange.extend(ZEmployerId.shape);
