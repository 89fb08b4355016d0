/**
 * Withdrawal reasons, code table 204008, each with its rule set as data: the documents it needs,
 * how its amount is capped, how often it may be used, whether it closes the account, and the
 * facts the anti-fraud checks verify (lib/fraud). The checks in check-withdrawal.ts read only this
 * table.
 */
export const REASON_CODES = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "99"] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export type ClaimField = "purchasePrice" | "buildCost" | "loanBalance" | "monthlyRent" | "months" | "outOfPocket";

export const CLAIM_LABELS: Record<ClaimField, string> = {
  purchasePrice: "已付购房款（元）",
  buildCost: "建造或装修费用（元）",
  loanBalance: "住房贷款余额（元）",
  monthlyRent: "月租金（元）",
  months: "提取月数",
  outOfPocket: "个人自付医疗费用（元）",
};

/**
 * Facts taken from the applicant's papers at acceptance for the anti-fraud checks: the property
 * certificate and deed-tax invoice of a purchase (checked against the registry and the tax
 * authority), the hospital record of a critical illness (fingerprinted, lib/fraud/medical-record).
 */
export type FactField =
  | "propertyCertNo"
  | "propertyOwner"
  | "propertyArea"
  | "propertyRegisteredOn"
  | "deedTaxInvoiceNo"
  | "hospital"
  | "admissionDate"
  | "dischargeDate"
  | "diagnosis"
  | "medicalTotal";

export type FactInput = "text" | "date" | "area" | "yuan";

export const FACT_FIELDS: Record<FactField, { label: string; input: FactInput; hint?: string }> = {
  propertyCertNo: { label: "不动产权证书号", input: "text", hint: "如：苏(2024)南京市不动产权第0012345号" },
  propertyOwner: { label: "证书记载的权利人", input: "text", hint: "共有的，填写其中一位权利人姓名" },
  propertyArea: { label: "证书记载的建筑面积（平方米）", input: "area" },
  propertyRegisteredOn: { label: "证书登记日期", input: "date" },
  deedTaxInvoiceNo: { label: "契税完税凭证号", input: "text" },
  hospital: { label: "就诊医院", input: "text" },
  admissionDate: { label: "入院日期", input: "date" },
  dischargeDate: { label: "出院日期", input: "date" },
  diagnosis: { label: "出院诊断", input: "text" },
  medicalTotal: { label: "医疗费用总额（元）", input: "yuan" },
};

export type AmountLimit =
  /** Any amount up to the balance. */
  | { kind: "BALANCE" }
  /** The whole balance, no more, no less (the account is closed). */
  | { kind: "FULL_BALANCE" }
  /** Up to a declared, documented amount (price paid, costs, loan balance). */
  | { kind: "CLAIM"; field: ClaimField }
  /** Up to min(monthly rent, monthlyCap) × months, months ≤ maxMonths. */
  | { kind: "RENT"; monthlyCap: string; maxMonths: number };

export type ReasonRule = {
  code: ReasonCode;
  label: string;
  documents: { kind: string; label: string }[];
  claimFields: ClaimField[];
  /** Facts for the anti-fraud checks, all required. */
  factFields: FactField[];
  limit: AmountLimit;
  /** At most maxTimes non-rejected applications within perMonths months; null: no limit. */
  frequency: { maxTimes: number; perMonths: number } | null;
  closesAccount: boolean;
};

const ID = { kind: "ID_CARD", label: "身份证" };
const BANK = { kind: "BANK_CARD", label: "本人银行卡" };

export const REASON_RULES: Record<ReasonCode, ReasonRule> = {
  "01": {
    code: "01",
    label: "购买自住住房",
    documents: [ID, BANK, { kind: "PURCHASE_CONTRACT", label: "购房合同" }, { kind: "PAYMENT_INVOICE", label: "购房发票或付款凭证" }],
    claimFields: ["purchasePrice"],
    factFields: ["propertyCertNo", "propertyOwner", "propertyArea", "propertyRegisteredOn", "deedTaxInvoiceNo"],
    limit: { kind: "CLAIM", field: "purchasePrice" },
    frequency: { maxTimes: 1, perMonths: 12 },
    closesAccount: false,
  },
  "02": {
    code: "02",
    label: "建造、翻建、大修自住住房",
    documents: [ID, BANK, { kind: "BUILD_PERMIT", label: "建房或大修批准文件" }, { kind: "COST_INVOICE", label: "费用发票" }],
    claimFields: ["buildCost"],
    factFields: [],
    limit: { kind: "CLAIM", field: "buildCost" },
    frequency: { maxTimes: 1, perMonths: 12 },
    closesAccount: false,
  },
  "03": {
    code: "03",
    label: "离休、退休",
    documents: [ID, BANK, { kind: "RETIREMENT_CERT", label: "退休证明" }],
    claimFields: [],
    factFields: [],
    limit: { kind: "FULL_BALANCE" },
    frequency: null,
    closesAccount: true,
  },
  "04": {
    code: "04",
    label: "完全丧失劳动能力并与单位终止劳动关系",
    documents: [ID, BANK, { kind: "DISABILITY_CERT", label: "劳动能力鉴定结论" }, { kind: "TERMINATION_CERT", label: "终止劳动关系证明" }],
    claimFields: [],
    factFields: [],
    limit: { kind: "FULL_BALANCE" },
    frequency: null,
    closesAccount: true,
  },
  "05": {
    code: "05",
    label: "出境定居或户口迁出本市",
    documents: [ID, BANK, { kind: "HUKOU_PROOF", label: "户口注销或迁出证明" }],
    claimFields: [],
    factFields: [],
    limit: { kind: "FULL_BALANCE" },
    frequency: null,
    closesAccount: true,
  },
  "06": {
    code: "06",
    label: "偿还购房贷款本息",
    documents: [ID, BANK, { kind: "LOAN_CONTRACT", label: "借款合同" }, { kind: "LOAN_STATEMENT", label: "贷款余额证明" }],
    claimFields: ["loanBalance"],
    factFields: [],
    limit: { kind: "CLAIM", field: "loanBalance" },
    frequency: { maxTimes: 1, perMonths: 12 },
    closesAccount: false,
  },
  "07": {
    code: "07",
    label: "租赁住房",
    documents: [ID, BANK, { kind: "RENTAL_CONTRACT", label: "住房租赁合同" }],
    claimFields: ["monthlyRent", "months"],
    factFields: [],
    limit: { kind: "RENT", monthlyCap: "1500.00", maxMonths: 12 },
    frequency: { maxTimes: 4, perMonths: 12 },
    closesAccount: false,
  },
  "08": {
    code: "08",
    label: "职工死亡或被宣告死亡（继承人提取）",
    documents: [ID, BANK, { kind: "DEATH_CERT", label: "死亡证明" }, { kind: "HEIR_PROOF", label: "继承权公证书" }],
    claimFields: [],
    factFields: [],
    limit: { kind: "FULL_BALANCE" },
    frequency: null,
    closesAccount: true,
  },
  "09": {
    code: "09",
    label: "本人及家庭成员患重大疾病",
    documents: [ID, BANK, { kind: "DIAGNOSIS", label: "诊断证明" }, { kind: "MEDICAL_INVOICE", label: "医疗费用发票" }],
    claimFields: ["outOfPocket"],
    factFields: ["hospital", "admissionDate", "dischargeDate", "diagnosis", "medicalTotal"],
    limit: { kind: "CLAIM", field: "outOfPocket" },
    frequency: { maxTimes: 1, perMonths: 12 },
    closesAccount: false,
  },
  "99": {
    code: "99",
    label: "其他",
    documents: [ID, BANK, { kind: "OTHER_PROOF", label: "相关证明材料" }],
    claimFields: [],
    factFields: [],
    limit: { kind: "BALANCE" },
    frequency: { maxTimes: 1, perMonths: 12 },
    closesAccount: false,
  },
};

/**
 * Which reasons may be in flight (SUBMITTED, HELD or APPROVED) at the same time for one depositor,
 * as unordered pairs; any pair not listed may not, and a reason never runs beside itself. One
 * application at a time keeps two payouts from racing for one balance and a closing reason from
 * running beside a partial one. A critical illness (09) may run beside a housing reason: its need
 * does not wait for a purchase, a build, a loan repayment or a rent withdrawal to settle.
 */
export const MAY_RUN_TOGETHER: readonly (readonly [ReasonCode, ReasonCode])[] = [
  ["09", "01"],
  ["09", "02"],
  ["09", "06"],
  ["09", "07"],
];

export function mayRunTogether(a: ReasonCode, b: ReasonCode): boolean {
  return a !== b && MAY_RUN_TOGETHER.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/** Every field a reason's claim holds: the amount facts and the anti-fraud facts. */
export type ClaimValues = Partial<Record<ClaimField | FactField, string>>;

export function isReasonCode(value: string): value is ReasonCode {
  return (REASON_CODES as readonly string[]).includes(value);
}
