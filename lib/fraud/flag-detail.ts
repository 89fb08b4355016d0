import "server-only";
import { db } from "@/lib/db";
import type { FraudFlagKind, FraudFlagStatus } from "@/lib/generated/prisma/enums";
import { fromDateColumn } from "@/lib/dates/calendar";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";
import { wholeMonthsBetween } from "@/lib/loans/policy";
import { displayYuan, isYuanString } from "@/lib/money";
import { FLAG_KIND_LABELS, FLAG_STATUS_LABELS } from "@/lib/fraud/labels";
import { INSIDER_ACTION_LABELS, type InsiderAction } from "@/lib/fraud/refusal-messages";
import { INVOICE_PROBLEM_MESSAGES, type InvoiceProblem } from "@/lib/fraud/invoice-check";
import { WITHDRAWAL_STATUS_LABELS } from "@/lib/withdrawals/queries";
import { REASON_RULES, isReasonCode } from "@/lib/withdrawals/reasons";

/** One illness claim in the side-by-side comparison. */
export type ClaimSideDto = {
  withdrawalNo: string;
  status: string;
  name: string;
  idNumber: string;
  gender: string;
  age: number;
  submittedAt: string;
  fields: { label: string; value: string }[];
  documents: { kind: string; sha256: string; shared: boolean }[];
};

export type FlagDetailDto = {
  id: string;
  kind: FraudFlagKind;
  kindLabel: string;
  status: FraudFlagStatus;
  statusLabel: string;
  reason: string;
  createdAt: string;
  handler: string;
  resolution: string | null;
  person: { name: string; idNumber: string; depositorId: string };
  withdrawal: { id: string; withdrawalNo: string; reason: string; amount: string; status: string; held: boolean } | null;
  /** Evidence as label/value rows (registry, invoice, trades, insider). */
  evidence: { label: string; value: string; bad?: boolean }[];
  /** DUPLICATE_MEDICAL_RECORD: the flagged claim first, then every matching one. */
  claims: ClaimSideDto[];
};

const CLAIM_ROWS: [string, string][] = [
  ["hospital", "就诊医院"],
  ["admissionDate", "入院日期"],
  ["dischargeDate", "出院日期"],
  ["diagnosis", "出院诊断"],
  ["medicalTotal", "医疗费用总额"],
  ["outOfPocket", "个人自付"],
];
const MONEY_FIELDS = new Set(["medicalTotal", "outOfPocket"]);
const asText = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : String(v));
const DOC_LABELS: Record<string, string> = { DIAGNOSIS: "诊断证明", MEDICAL_INVOICE: "医疗费用发票" };

async function illnessClaims(withdrawalIds: string[]): Promise<ClaimSideDto[]> {
  const rows = await db.withdrawal.findMany({
    where: { id: { in: withdrawalIds } },
    select: {
      id: true,
      withdrawalNo: true,
      status: true,
      claim: true,
      amount: true,
      submittedAt: true,
      depositor: { select: { name: true, idNumber: true, gender: true, birthDate: true } },
      documents: { where: { kind: { in: ["DIAGNOSIS", "MEDICAL_INVOICE"] } }, select: { kind: true, sha256: true } },
    },
  });
  const counts = new Map<string, number>();
  for (const r of rows) for (const d of r.documents) counts.set(d.sha256, (counts.get(d.sha256) ?? 0) + 1);
  return withdrawalIds.flatMap((id) => {
    const r = rows.find((x) => x.id === id);
    if (!r) return [];
    const claim = (r.claim ?? {}) as Record<string, unknown>;
    const submitted = fromDateColumn(r.submittedAt);
    return [
      {
        withdrawalNo: r.withdrawalNo,
        status: WITHDRAWAL_STATUS_LABELS[r.status],
        name: r.depositor.name,
        idNumber: r.depositor.idNumber,
        gender: r.depositor.gender === "MALE" ? "男" : "女",
        age: Math.floor(wholeMonthsBetween(fromDateColumn(r.depositor.birthDate), submitted) / 12),
        submittedAt: formatShanghaiDateTime(r.submittedAt),
        fields: [
          ...CLAIM_ROWS.map(([key, label]) => {
            const v = claim[key];
            return { label, value: MONEY_FIELDS.has(key) && typeof v === "string" && isYuanString(v) ? displayYuan(v) : asText(v) };
          }),
          { label: "提取金额", value: displayYuan(r.amount) },
        ],
        documents: r.documents.map((d) => ({
          kind: DOC_LABELS[d.kind] ?? d.kind,
          sha256: d.sha256,
          shared: (counts.get(d.sha256) ?? 0) > 1,
        })),
      },
    ];
  });
}

type Detail = Record<string, unknown>;

function evidenceRows(kind: FraudFlagKind, detail: Detail): FlagDetailDto["evidence"] {
  if (kind === "REGISTRY_MISMATCH") {
    const claimed = (detail.claimed ?? {}) as Detail;
    const reg = (detail.registered ?? null) as (Detail & { owners?: { name: string }[] }) | null;
    const codes = new Set(((detail.mismatches ?? []) as { code: string }[]).map((m) => m.code));
    return [
      {
        label: "不动产权证书号",
        value: `${asText(claimed.certNo ?? detail.property)} → ${reg ? `登记簿：${asText(reg.status === "VALID" ? "现行有效" : "已注销")}` : "登记簿无此证书"}`,
        bad: !reg || codes.has("CERT_CANCELLED"),
      },
      {
        label: "权利人",
        value: `申请填写：${asText(claimed.ownerName)}；登记簿：${reg?.owners?.map((o) => o.name).join("、") ?? "—"}`,
        bad: codes.has("OWNER_NAME") || codes.has("APPLICANT_NOT_OWNER"),
      },
      { label: "建筑面积（㎡）", value: `申请填写：${asText(claimed.area)}；登记簿：${asText(reg?.buildingArea)}`, bad: codes.has("AREA") },
      { label: "登记日期", value: `申请填写：${asText(claimed.registeredOn)}；登记簿：${asText(reg?.issuedOn)}`, bad: codes.has("DATE") },
      { label: "不动产单元号", value: asText(reg?.unitNo), bad: codes.has("UNIT") },
    ];
  }
  if (kind === "INVOICE_NOT_FOUND") {
    const invoice = detail.invoice as Detail | null;
    return [
      { label: "契税完税凭证号", value: asText(detail.invoiceNo), bad: true },
      { label: "核验结果", value: INVOICE_PROBLEM_MESSAGES[detail.problem as InvoiceProblem] ?? asText(detail.problem), bad: true },
      ...(invoice
        ? [
            {
              label: "税务机关记载",
              value: `${asText(invoice.buyerName)}（${asText(invoice.buyerIdNumber)}），${asText(invoice.unitNo)}，税额 ${asText(invoice.taxAmount)}，${asText(invoice.issuedOn)}`,
            },
          ]
        : []),
    ];
  }
  if (kind === "REPEAT_TRADE") {
    const transfers = (detail.transfers ?? []) as { certNo: string; issuedOn: string }[];
    return [
      { label: "不动产单元号", value: asText(detail.unitNo) },
      { label: "统计起点", value: asText(detail.since) },
      ...transfers.map((t, i) => ({ label: `第 ${i + 1} 次登记`, value: `${t.issuedOn} ${t.certNo}`, bad: true })),
    ];
  }
  if (kind === "INSIDER_CONFLICT") {
    const conflict = (detail.conflict ?? {}) as Detail;
    return [
      { label: "经办事项", value: INSIDER_ACTION_LABELS[detail.action as InsiderAction] ?? asText(detail.action) },
      { label: "关系", value: conflict.kind === "SELF" ? "本人" : `${asText(conflict.relation)}（${asText(conflict.name)}）`, bad: true },
    ];
  }
  return [];
}

/** One flag with its evidence; for a duplicate illness record, every matching claim side by side. */
export async function getFlagDetail(id: string): Promise<FlagDetailDto | null> {
  const f = await db.fraudFlag.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      status: true,
      reason: true,
      detail: true,
      createdAt: true,
      depositorId: true,
      handledById: true,
      resolution: true,
      resolvedAt: true,
      resolvedById: true,
      withdrawal: { select: { id: true, withdrawalNo: true, reasonCode: true, amount: true, status: true } },
    },
  });
  if (!f) return null;
  const [person, users] = await Promise.all([
    db.depositor.findUnique({ where: { id: f.depositorId }, select: { name: true, idNumber: true } }),
    db.user.findMany({
      where: { id: { in: [f.handledById, f.resolvedById].filter((x): x is string => !!x) } },
      select: { id: true, displayName: true },
    }),
  ]);
  const detail = (f.detail ?? {}) as Detail;
  const matches = (detail.matches ?? []) as { withdrawalId: string }[];
  const w = f.withdrawal;
  const name = (uid: string | null) => users.find((u) => u.id === uid)?.displayName;
  return {
    id: f.id,
    kind: f.kind,
    kindLabel: FLAG_KIND_LABELS[f.kind],
    status: f.status,
    statusLabel: FLAG_STATUS_LABELS[f.status],
    reason: f.reason,
    createdAt: formatShanghaiDateTime(f.createdAt),
    handler: name(f.handledById) ?? "网上申请",
    resolution: f.resolvedAt ? `${name(f.resolvedById) ?? ""} ${formatShanghaiDateTime(f.resolvedAt)}：${f.resolution ?? ""}` : null,
    person: { name: person?.name ?? "—", idNumber: person?.idNumber ?? "—", depositorId: f.depositorId },
    withdrawal: w && {
      id: w.id,
      withdrawalNo: w.withdrawalNo,
      reason: isReasonCode(w.reasonCode) ? REASON_RULES[w.reasonCode].label : w.reasonCode,
      amount: displayYuan(w.amount),
      status: WITHDRAWAL_STATUS_LABELS[w.status],
      held: w.status === "HELD",
    },
    evidence: evidenceRows(f.kind, detail),
    claims: f.kind === "DUPLICATE_MEDICAL_RECORD" && w ? await illnessClaims([w.id, ...matches.map((m) => m.withdrawalId)]) : [],
  };
}
