import { messageIn, type DomainError } from "@/lib/errors";
import { ADMISSION_STATUS_LABELS } from "@/lib/projects/labels";
import type { ProjectAdmissionStatus } from "@/lib/generated/prisma/enums";
import type { DocumentProblem } from "@/lib/documents/file-type";

/** Chinese text for every DomainError code the project use cases throw. */
export const PROJECT_ERROR_MESSAGES = {
  FORBIDDEN_ROLE: "您没有办理楼盘准入业务的权限",
  INVALID_INPUT: "填写内容有误，请按提示修改",
  NOT_FOUND: "未找到该楼盘或开发商，请刷新后重试",
  STALE: "该楼盘已被其他人员更新，请刷新后查看最新状态",
  DEVELOPER_EXISTS: "该统一社会信用代码的开发商已登记",
  PROJECT_NAME_TAKEN: "该开发商已登记同名楼盘",
  ILLEGAL_ADMISSION_STATE: "当前准入状态不能执行该操作",
  NO_PENDING_APPLICATION: "该楼盘没有待决定的准入申请",
  PROJECT_NOT_STARTED: "项目尚未开工，不能准入",
  INSPECTION_REQUIRED: "准入申请后尚无现场查勘记录，请先完成现场查勘",
  INSPECTION_NOT_PASSED: "最近一次现场查勘未通过，不能准入",
  CONDITIONS_UNMET: "准入必备条件未全部满足，不能准入",
  CONCLUSION_CONFLICT: "必备条件未全部满足，查勘结论不能为“通过”",
  SIGNED_BEFORE_INSPECTION: "签约日期不能早于现场查勘日期",
  DATE_IN_FUTURE: "日期不能晚于今天",
  DATE_BEFORE_LAST_UPDATE: "状态日期不能早于上一次建设进度记录",
  NOTE_REQUIRED: "请填写进度说明",
  PHOTO_REQUIRED: "请上传至少一张现场照片",
  PHOTO_INVALID: "照片不符合要求",
  TOO_MANY_PHOTOS: "每次查勘最多上传10张照片",
  SYSTEM_BUSY: "系统繁忙，请稍后重试",
  DATABASE_ERROR: "系统暂时无法完成操作，请稍后重试",
  ALREADY_HANDLED: "该操作已被其他人员处理，请刷新后查看",
} satisfies Record<string, string>;
export type ProjectErrorCode = keyof typeof PROJECT_ERROR_MESSAGES;

/** What is wrong with one inspection photo (a DocumentProblem: the shared upload checks, but photos only). */
export const PHOTO_PROBLEM_MESSAGES = {
  EMPTY: "文件为空",
  TOO_LARGE: "文件不能超过 5 MB",
  TYPE: "只接受 JPEG 或 PNG 照片",
} satisfies Record<DocumentProblem, string>;

/** Problems a new-home loan (一手房) adds to the loan evaluation (lib/cases/loan-request.ts), by code. */
export const NEW_HOME_LOAN_MESSAGES = {
  PROJECT_NOT_ADMITTED: "该房屋所在楼盘未获公积金贷款准入，不能受理新房贷款",
  NEW_HOME_AT_WINDOW: "新建商品房贷款须持购房合同到窗口办理",
  CONTRACT_PRICE_REQUIRED: "新建商品房请填写购房合同价",
  UNIT_SOLD: "该房屋已售出，不能再办理新房贷款",
} satisfies Record<string, string>;
export type NewHomeLoanCode = keyof typeof NEW_HOME_LOAN_MESSAGES;

/**
 * The Chinese message of a new-home loan problem with its details, or undefined for any other code.
 * NOTE: lib/cases/messages.ts (caseErrorMessage) must ask this first for the window to show them.
 */
export function newHomeProblemMessage(code: string, details: Record<string, unknown> = {}): string | undefined {
  switch (code) {
    case "PROJECT_NOT_ADMITTED":
      return details.projectName
        ? `该房屋所在楼盘“${String(details.projectName)}”${details.status ? `为“${String(details.status)}”，` : ""}未获公积金贷款准入，不能受理新房贷款`
        : NEW_HOME_LOAN_MESSAGES.PROJECT_NOT_ADMITTED;
    case "UNIT_SOLD":
      return details.loanNo ? `该房屋已售出（贷款${String(details.loanNo)}），不能再办理新房贷款` : NEW_HOME_LOAN_MESSAGES.UNIT_SOLD;
    default:
      return messageIn(NEW_HOME_LOAN_MESSAGES, code);
  }
}

/** The Chinese message of a project DomainError (its own message when the use case set one). */
export function projectErrorMessage(error: Pick<DomainError, "code" | "details" | "message">): string {
  const d = error.details ?? {};
  switch (error.code) {
    case "ILLEGAL_ADMISSION_STATE": {
      const status = d.status as ProjectAdmissionStatus | undefined;
      return status ? `楼盘当前为“${ADMISSION_STATUS_LABELS[status]}”，不能执行该操作` : PROJECT_ERROR_MESSAGES.ILLEGAL_ADMISSION_STATE!;
    }
    case "CONDITIONS_UNMET": {
      const missing = (d.missing ?? []) as string[];
      return missing.length ? `以下准入必备条件未满足：${missing.join("、")}` : PROJECT_ERROR_MESSAGES.CONDITIONS_UNMET!;
    }
    case "DATE_BEFORE_LAST_UPDATE":
      return d.lastAsOf ? `状态日期不能早于上一次建设进度记录（${String(d.lastAsOf)}）` : PROJECT_ERROR_MESSAGES.DATE_BEFORE_LAST_UPDATE!;
    case "SIGNED_BEFORE_INSPECTION":
      return d.inspectedOn ? `签约日期不能早于现场查勘日期（${String(d.inspectedOn)}）` : PROJECT_ERROR_MESSAGES.SIGNED_BEFORE_INSPECTION!;
    case "NOTE_REQUIRED":
      return d.reason === "BACKWARD" ? "建设状态倒退（如已竣工改为在建）须说明原因" : "状态未变时请填写进度说明";
    case "INSPECTION_REQUIRED":
      return d.appliedOn
        ? `准入申请（${String(d.appliedOn)}）后尚无现场查勘记录，请先完成现场查勘`
        : PROJECT_ERROR_MESSAGES.INSPECTION_REQUIRED!;
    case "PHOTO_INVALID": {
      const problem = messageIn(PHOTO_PROBLEM_MESSAGES, String(d.problem));
      return d.filename && problem ? `${String(d.filename)}：${problem}` : PROJECT_ERROR_MESSAGES.PHOTO_INVALID;
    }
    default:
      return messageIn(PROJECT_ERROR_MESSAGES, error.code) ?? "操作未能完成，请稍后重试";
  }
}
