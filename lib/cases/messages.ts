import { messageIn } from "@/lib/errors";
import { LIMIT_LABELS, type LimitCode } from "@/lib/loans/policy";
import { displayYuan, isYuanString } from "@/lib/money";
import { RESIDENT_ID_MESSAGES, type ResidentIdProblem } from "@/lib/identity/resident-id";
import { LOAN_STAGE_LABELS, type LoanStage, type LoanAction } from "@/lib/cases/loan-stages";
import { newHomeProblemMessage } from "@/lib/projects/messages";
import { DOCUMENT_MESSAGES, type DocumentProblem } from "@/lib/documents/file-type";
import { fraudRefusalText } from "@/lib/fraud/refusal-messages";

const ACTION_LABELS: Record<LoanAction, string> = {
  ACCEPT: "受理",
  APPROVE: "审核通过",
  REJECT: "不予受理",
  RETURN: "退回补件",
  RESUBMIT: "重新提交",
  SIGN_CONTRACTS: "签订合同",
  REGISTER_MORTGAGE: "抵押登记",
  RECHECK: "复核",
  DISBURSE: "放款",
};

/** Chinese text for every DomainError code the case, registry, queue, policy and settings use cases throw. */
export const CASE_ERROR_MESSAGES = {
  INSIDER_CONFLICT: "经办人员不得办理本人或已申报亲属的业务，请交由其他工作人员办理",
  ALREADY_HANDLED: "该事项已被其他人员处理，请刷新后查看最新状态",
  ILLEGAL_TRANSITION: "当前环节不能执行该操作",
  FOUR_EYES_ACCEPTOR: "受理人不能审批或复核本人受理的业务",
  FOUR_EYES_APPROVER: "审批人不能复核本人审批的业务",
  FORBIDDEN_ROLE: "您没有办理该业务的权限",
  WINDOW_REQUIRED: "请先签到综合窗口后再办理",
  NOT_FOUND: "未找到该业务，请刷新后重试",
  FORBIDDEN_OWNER: "只能为本人申请贷款",
  OVER_AUTHORITY: "贷款金额超出您的审批权限，请转交权限更高的审核员",
  INVALID_ID_NUMBER: "身份证号不正确，请核对后重新输入",
  UNKNOWN_DEPOSITOR: "未查到该身份证号的公积金缴存记录",
  UNKNOWN_PROPERTY: "未查到该不动产权证书号或不动产单元号",
  CERTIFICATE_CANCELLED: "该不动产权证书已注销，请使用现行有效的证书",
  OWNER_MISMATCH: "不动产登记的权利人不是申请人或共同申请的配偶",
  UNIT_ALREADY_MORTGAGED: "该不动产已设有抵押，不能再办理公积金贷款抵押",
  UNIT_IN_APPLICATION: "该不动产已有正在办理的公积金贷款申请",
  CO_APPLICANT_NOT_SPOUSE: "共同申请人必须是登记在册的配偶",
  INVALID_AMOUNT: "请输入正确的贷款金额（元，最多两位小数）",
  INVALID_METHOD: "请选择还款方式",
  PAYEE_NAME_REQUIRED: "请填写收款人（售房单位或售房人）名称",
  PAYEE_ACCOUNT_INVALID: "收款账号应为10至30位数字",
  PAYEE_MISSING: "贷款缺少收款账户信息，无法放款",
  AMOUNT_OVER_LIMIT: "申请金额超过可贷额度",
  TERM_BEYOND_AGE: "贷款期限超过年龄允许的最长期限",
  TERM_OUT_OF_RANGE: "贷款期限不在允许范围内",
  CONTRIBUTION_TOO_SHORT: "连续缴存时间不足",
  OUTSTANDING_FUND_LOAN: "申请人或配偶尚有未结清的公积金贷款",
  ACCOUNT_NOT_NORMAL: "公积金账户状态不正常（封存或销户），不能申请贷款",
  BLACKLISTED: "申请人在失信名单中，不能申请贷款",
  NOT_ELIGIBLE: "申请不符合贷款条件，请按提示修改",
  APPLICATION_IN_PROGRESS: "已有正在办理的公积金贷款申请，不能重复申请",
  CASE_CLOSED: "该办件已办结，不能再受理新事项",
  CASE_OTHER_WINDOW: "该办件不属于本窗口，须在办件所在窗口办理，或由该窗口移交本窗口后办理",
  REASON_REQUIRED: "请填写不予受理的原因",
  MATERIALS_REQUIRED: "请至少列出一项需要补充的材料",
  INVALID_DATE: "日期格式不正确",
  TICKET_NOT_CALLED: "该号票未被叫号或已办结",
  TICKET_OTHER_WINDOW: "该号票由其他窗口叫号",
  TICKET_HAS_CASE: "该号票已关联办件",
  INVALID_POLICY: "贷款政策参数不正确",
  INVALID_SLA: "时限应为1至1440之间的整数分钟",
  SYSTEM_BUSY: "系统繁忙，请稍后重试",
  DATABASE_ERROR: "系统暂时无法完成操作，请稍后重试",
  // Issue 14, loan path controls: window ownership and hand-over, bans mid-flight, the bank port.
  WINDOW_OCCUPIED: "本窗口已由其他柜员签到，请重新签到后再办理",
  HANDOVER_REASON_REQUIRED: "请填写移交原因",
  HANDOVER_WINDOW_UNAVAILABLE: "该窗口不存在或未启用，请选择其他窗口",
  HANDOVER_SAME_WINDOW: "办件已在该窗口，请选择其他窗口",
  BANK_UNAVAILABLE: "银行系统暂时无法处理放款，贷款未发放，请稍后重试",
  BANK_PAYEE_MISMATCH: "银行退回：收款人户名与收款账号不符，贷款未发放，请核对收款账户",
  BANK_INVALID_AMOUNT: "放款金额无效，贷款未发放",
  // Issue 15.8, online documents: details.problem is lib/documents' DocumentProblem.
  DOCUMENT_INVALID: "上传的材料不符合要求",
  NO_DEPOSITOR: "未找到您的公积金账户，请到窗口办理",
  // docs2: materials added to a case after acceptance (补充材料).
  NO_DOCUMENTS: "请选择要上传的材料",
  DOCUMENTS_CLOSED: "当前环节不能补充材料：受理后、审批前（含退回补件）可以补充",
} satisfies Record<string, string>;
export type CaseErrorCode = keyof typeof CASE_ERROR_MESSAGES;

const yuan = (v: unknown) => (typeof v === "string" && isYuanString(v) ? displayYuan(v) : String(v ?? ""));

/** The Chinese message for a DomainError (or one eligibility problem), with its details filled in. */
export function caseErrorMessage(error: { code: string; details?: Record<string, unknown> }): string {
  const d = error.details ?? {};
  switch (error.code) {
    case "INSIDER_CONFLICT":
      return fraudRefusalText(error) ?? CASE_ERROR_MESSAGES.INSIDER_CONFLICT!;
    case "BLACKLISTED":
      // A ban filed mid-flight (approval, recheck, disbursement) carries its reason and end date.
      return fraudRefusalText(error) ?? CASE_ERROR_MESSAGES.BLACKLISTED!;
    case "OVER_AUTHORITY":
      return `贷款金额${d.principal ? yuan(d.principal) : ""}超出您的审批权限（${yuan(d.limit)}），请转交权限更高的审核员`;
    case "ILLEGAL_TRANSITION": {
      const from = d.from as LoanStage | undefined;
      const action = d.action as LoanAction | undefined;
      return from && action
        ? `“${LOAN_STAGE_LABELS[from] ?? from}”环节不能执行“${ACTION_LABELS[action] ?? action}”`
        : CASE_ERROR_MESSAGES.ILLEGAL_TRANSITION!;
    }
    case "AMOUNT_OVER_LIMIT": {
      const binding = d.binding as LimitCode | undefined;
      return `申请金额超过可贷额度${yuan(d.maxAmount)}${binding ? `（受“${LIMIT_LABELS[binding] ?? binding}”限制）` : ""}`;
    }
    case "TERM_BEYOND_AGE":
      return `贷款期限超过年龄允许的最长期限：最长${d.maxTermMonths}个月${d.latestMaturity ? `（须在${d.latestMaturity}前还清）` : ""}`;
    case "TERM_OUT_OF_RANGE":
      return `贷款期限应在${d.min ?? 12}至${d.max ?? 360}个月之间`;
    case "CONTRIBUTION_TOO_SHORT":
      return `连续缴存${d.months ?? 0}个月，不足${d.required ?? 6}个月`;
    case "UNIT_ALREADY_MORTGAGED":
      return d.mortgagee ? `该不动产已抵押给${String(d.mortgagee)}，不能再办理公积金贷款抵押` : CASE_ERROR_MESSAGES.UNIT_ALREADY_MORTGAGED!;
    case "OWNER_MISMATCH":
      return Array.isArray(d.owners) && d.owners.length
        ? `不动产登记的权利人（${d.owners.join("、")}）不是申请人或共同申请的配偶`
        : CASE_ERROR_MESSAGES.OWNER_MISMATCH!;
    case "UNIT_IN_APPLICATION":
      return d.loanNo ? `该不动产已有正在办理的公积金贷款申请（${String(d.loanNo)}）` : CASE_ERROR_MESSAGES.UNIT_IN_APPLICATION!;
    case "APPLICATION_IN_PROGRESS":
      return d.caseNo
        ? `已有正在办理的公积金贷款申请（办件号${String(d.caseNo)}），不能重复申请`
        : CASE_ERROR_MESSAGES.APPLICATION_IN_PROGRESS!;
    case "INVALID_ID_NUMBER":
      return RESIDENT_ID_MESSAGES[d.problem as ResidentIdProblem] ?? CASE_ERROR_MESSAGES.INVALID_ID_NUMBER!;
    case "CERTIFICATE_CANCELLED":
      return d.certNo ? `该不动产权证书已注销，现行有效证书为${String(d.certNo)}` : CASE_ERROR_MESSAGES.CERTIFICATE_CANCELLED!;
    case "DOCUMENT_INVALID":
      return DOCUMENT_MESSAGES[d.problem as DocumentProblem] ?? CASE_ERROR_MESSAGES.DOCUMENT_INVALID;
    case "INVALID_POLICY": {
      const issues = (d.issues ?? []) as { path: string; message: string }[];
      return issues.length
        ? `贷款政策参数不正确：${issues.map((i) => `${i.path} ${i.message}`).join("；")}`
        : CASE_ERROR_MESSAGES.INVALID_POLICY!;
    }
    default:
      return newHomeProblemMessage(error.code, d) ?? messageIn(CASE_ERROR_MESSAGES, error.code) ?? "操作未能完成，请稍后重试";
  }
}

/** The message of one eligibility problem ({ code, field?, …details }). */
export function loanProblemMessage(problem: { code: string } & Record<string, unknown>): string {
  const { code, ...details } = problem;
  return caseErrorMessage({ code, details });
}
