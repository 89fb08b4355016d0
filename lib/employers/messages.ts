import type { DomainError } from "@/lib/errors";
import { RESIDENT_ID_MESSAGES, type ResidentIdProblem } from "@/lib/identity/resident-id";

/** Chinese messages for the employer and employee lifecycle use cases' DomainError codes. */
export const EMPLOYER_MESSAGES = {
  FORBIDDEN_ROLE: "您没有办理此业务的权限",
  FORBIDDEN_EMPLOYER: "您只能为所代理的单位办理",
  WINDOW_REQUIRED: "请先在窗口签到后再办理",
  EMPLOYER_NOT_FOUND: "未找到该缴存单位",
  ACCOUNT_NOT_FOUND: "未找到该职工账户，或该职工不属于本单位",
  CREDIT_CODE_FORMAT: "统一社会信用代码应为18位数字或大写字母（不含 I、O、Z、S、V）",
  CREDIT_CODE_CHECK_DIGIT: "统一社会信用代码校验位不正确，请核对后重新输入",
  CREDIT_CODE_TAKEN: "该统一社会信用代码的单位已在中心开户",
  RATE_FORMAT: "应为百分比数字，最多两位小数，例如 12 或 7.5",
  RATE_OUT_OF_BOUNDS: "缴存比例超出规定范围",
  RATE_FIXED_FOR_YEAR: "该缴存年度已有汇缴，比例已确定，只能调整下一缴存年度的比例",
  RATE_CHANGE_NOT_PENDING: "该比例调整已被处理，请刷新后查看",
  SELF_APPROVAL: "不能审批自己提交的比例调整",
  ID_NUMBER_INVALID: "身份证号不正确",
  NAME_MISMATCH: "姓名与该身份证号登记的姓名不一致，请核对",
  ALREADY_EMPLOYED: "该职工已是本单位的在册缴存职工，无需增员",
  ACTIVE_ELSEWHERE: "该职工在其他单位的账户尚未封存：请原单位先办理减员，账户月末封存后再办理增员",
  ACCOUNT_CLOSED: "该职工的账户已销户，不能办理",
  BASE_OUT_OF_RANGE: "缴存基数超出规定范围",
  DATE_IN_FUTURE: "日期不能晚于今天",
  LEAVE_DATE_OUT_OF_RANGE: "离职日期应在开户日期之后，且不晚于本月末",
  LEAVE_ALREADY_RECORDED: "该职工已登记减员，将于月末封存",
  LEAVE_NOT_FOUND: "未找到该减员登记，或该职工不属于本单位",
  LEAVE_ALREADY_SEALED: "该职工账户已于月末封存，不能撤销减员；如职工仍在本单位工作，请办理增员（启封）",
  NOT_NORMAL: "该账户当前不是正常缴存状态，不能办理",
  NOT_SEALED: "该账户未封存，无需启封",
  LOGIN_TAKEN: "该登录名已被使用，请换一个",
  AGENT_NOT_FOUND: "未找到该经办人",
  ALREADY_HANDLED: "该业务已被其他人员处理，请刷新后查看",
  SYSTEM_BUSY: "系统繁忙，请稍后重试",
  DATABASE_ERROR: "系统暂时无法完成操作，请稍后重试",
} satisfies Record<string, string>;
export type EmployerErrorCode = keyof typeof EMPLOYER_MESSAGES;

/** The message of an error of these use cases, with the figures its details carry. */
export function employerMessage(error: DomainError): string {
  const d = error.details ?? {};
  switch (error.code) {
    case "ID_NUMBER_INVALID":
      return RESIDENT_ID_MESSAGES[d.problem as ResidentIdProblem] ?? EMPLOYER_MESSAGES.ID_NUMBER_INVALID;
    case "RATE_OUT_OF_BOUNDS":
      return `缴存比例应在 ${String(d.bounds)} 之间`;
    case "BASE_OUT_OF_RANGE":
      return `缴存基数应在 ${String(d.min)} 元至 ${String(d.max)} 元之间（最低工资至上年平均工资的3倍）`;
    case "LEAVE_ALREADY_SEALED":
      return d.sealOn
        ? `该职工账户已于 ${String(d.sealOn)} 月末封存，不能撤销减员；如职工仍在本单位工作，请办理增员（启封）`
        : EMPLOYER_MESSAGES.LEAVE_ALREADY_SEALED;
    case "LEAVE_ALREADY_RECORDED":
      return `该职工已登记减员，将于 ${String(d.sealOn)} 月末封存`;
    default:
      return (EMPLOYER_MESSAGES as Record<string, string>)[error.code] ?? "办理失败，请稍后再试";
  }
}
