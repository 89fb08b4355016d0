import type { InsiderConflict } from "@/lib/fraud/insider-rule";
import type { RegistryMismatchCode } from "@/lib/fraud/registry-check";

/**
 * The Chinese text of the fraud refusals — BLACKLISTED, INSIDER_CONFLICT, REGISTRY_MISMATCH — and
 * of the flags and notes they leave. The rules in lib/fraud build no text: they throw the code with
 * its facts (the ban's reason as the risk officer wrote it and its end date; the conflict's kind
 * and relation; the mismatch codes), and everything a person reads — the form's message, the audit
 * row's reason, the flag's reason, a stopped withdrawal's note — is rendered here, from those facts.
 */

/** What the staff member was about to do (the insider flag's reason and its detail page). */
export const INSIDER_ACTION_LABELS = {
  WITHDRAWAL_SUBMIT: "窗口受理提取申请",
  WITHDRAWAL_DECIDE: "审批提取申请",
  WITHDRAWAL_PAYOUT: "支付提取款项",
  CASE_OPEN: "开立办件",
  LOAN_ACCEPT: "受理贷款申请",
  LOAN_REVIEW: "审核贷款申请",
  LOAN_RECHECK: "复核放款",
  FLAG_RESOLVE: "核查风险预警",
  TRANSFER_SUBMIT: "窗口受理转移接续申请",
  TRANSFER_DECIDE: "审批转出申请",
} as const;
export type InsiderAction = keyof typeof INSIDER_ACTION_LABELS;

/** The applicant-facing text of each registry difference (it does not reveal what the registry holds). */
export const REGISTRY_MISMATCH_MESSAGES = {
  CERT_NOT_FOUND: "不动产登记簿中没有该不动产权证书号",
  CERT_CANCELLED: "该不动产权证书已注销，不是现行有效的证书",
  APPLICANT_NOT_OWNER: "申请人不是该不动产登记的权利人",
  OWNER_NAME: "所填权利人与不动产登记簿记载不符",
  UNIT: "证书对应的不动产单元与不动产登记簿记载不符",
  AREA: "所填建筑面积与不动产登记簿记载不符",
  DATE: "所填登记日期与不动产登记簿记载不符",
} satisfies Record<RegistryMismatchCode, string>;

/** The withdrawal's refusal on a registry mismatch (each difference also shows at its field). */
export const REGISTRY_REFUSAL = "申请未通过不动产登记信息核验：所填不动产权证书信息与不动产登记簿记载不符，已转风险核查";

/** The facts of a refusal on the blacklist: the ban's own reason and end date, and who is told. */
export type BanRefusalFacts = { banReason: string; endsOn: string; atWindow: boolean };

/** The refusal's reason, for the applicant (online) or the teller (window). */
export function banRefusalText(facts: BanRefusalFacts): string {
  const who = facts.atWindow ? "申请人已被列入失信黑名单" : "您已被列入失信黑名单";
  return `${who}（${facts.banReason}），${facts.endsOn} 前不得办理住房公积金提取和贷款`;
}

/** The review note of a withdrawal a ban stopped mid-flight. */
export function banStopNote(facts: BanRefusalFacts): string {
  return `因失信黑名单终止：${banRefusalText(facts)}`;
}

/** The facts of an insider refusal the staff member is told (not the relative's ID number). */
export type InsiderRefusalFacts = { kind: "SELF" } | { kind: "RELATIVE"; relation: string };

export function insiderRefusalFacts(conflict: InsiderConflict): InsiderRefusalFacts {
  return conflict.kind === "SELF" ? { kind: "SELF" } : { kind: "RELATIVE", relation: conflict.relation };
}

export function insiderConflictText(facts: InsiderRefusalFacts): string {
  return facts.kind === "SELF"
    ? "经办人员不得办理本人的业务，请交由其他工作人员办理"
    : `申请人是您已申报的亲属（${facts.relation}），请交由其他工作人员办理`;
}

/** The INSIDER_CONFLICT flag's reason, for the risk officers. */
export function insiderFlagReason(action: InsiderAction, conflict: InsiderConflict): string {
  const who = conflict.kind === "SELF" ? "本人" : `已申报亲属（${conflict.relation} ${conflict.name}）`;
  return `经办人员试图${INSIDER_ACTION_LABELS[action]}，申请人为其${who}，已拒绝`;
}

/** The REGISTRY_MISMATCH flag's reason, for the risk officers. */
export function registryFlagReason(subject: "LOAN" | "WITHDRAWAL", codes: readonly RegistryMismatchCode[]): string {
  const head = subject === "LOAN" ? "贷款申请的住房与不动产登记簿不符" : "购房提取所附不动产权证书与登记簿不符";
  return `${head}：${codes.map((c) => REGISTRY_MISMATCH_MESSAGES[c]).join("；")}`;
}

const isText = (v: unknown): v is string => typeof v === "string";

/**
 * The text of a fraud refusal from the facts in its DomainError's details; null when the error is
 * not one, or carries no facts (then the domain's catalogue has the general wording).
 */
export function fraudRefusalText(error: { code: string; details?: Record<string, unknown> }): string | null {
  const d = error.details ?? {};
  switch (error.code) {
    case "BLACKLISTED":
      return isText(d.banReason) && isText(d.endsOn)
        ? banRefusalText({ banReason: d.banReason, endsOn: d.endsOn, atWindow: d.atWindow === true })
        : null;
    case "INSIDER_CONFLICT":
      if (d.kind === "SELF") return insiderConflictText({ kind: "SELF" });
      return d.kind === "RELATIVE" && isText(d.relation) ? insiderConflictText({ kind: "RELATIVE", relation: d.relation }) : null;
    case "REGISTRY_MISMATCH":
      return Array.isArray(d.mismatches) ? REGISTRY_REFUSAL : null;
    default:
      return null;
  }
}
