import { z } from "zod";
import { isRealDate, todayInShanghai } from "@/lib/dates/calendar";
import { ADMISSION_CONDITIONS, type ConditionCode } from "@/lib/projects/conditions";
import { isValidCreditCode } from "@/lib/projects/credit-code";
import { CONSTRUCTION_STATUSES, DISTRICTS, QUALIFICATION_LEVELS } from "@/lib/projects/labels";

// zod schemas of the project officer's forms, shared by the forms' actions and the use cases (which
// parse again: a use case called directly gets the same Chinese errors). Dates are calendar dates
// in Asia/Shanghai; "not in the future" is measured against `today`, which the caller passes (the
// use case's clock) so tests can pin it.

const text = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过${max}个字`);
const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}不能超过${max}个字`)
    .optional()
    .transform((v) => (v ? v : undefined));
const id = (label: string) =>
  z
    .string({ error: `缺少${label}` })
    .trim()
    .min(1, `缺少${label}`);
const version = z.coerce.number({ error: "缺少版本号，请刷新后重试" }).int().min(0);

/** A calendar date that is not after `today` (an inspection, a signing, a status: all happened). */
export function pastDate(label: string, today: string) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .superRefine((value, ctx) => {
      if (!value) ctx.addIssue({ code: "custom", message: `请填写${label}` });
      else if (!isRealDate(value)) ctx.addIssue({ code: "custom", message: `${label}应为有效日期（年-月-日）` });
      else if (value > today) ctx.addIssue({ code: "custom", message: `${label}不能晚于今天（${today}）` });
    });
}

export const ZCreateDeveloper = z.object({
  creditCode: z
    .string({ error: "请填写统一社会信用代码" })
    .trim()
    .toUpperCase()
    .min(1, "请填写统一社会信用代码")
    .refine(isValidCreditCode, "统一社会信用代码应为18位且校验位正确"),
  name: text("企业名称", 100),
  legalRepresentative: text("法定代表人", 30),
  qualificationLevel: z.enum(QUALIFICATION_LEVELS, { error: "请选择资质等级" }),
  contactName: text("联系人", 30),
  contactPhone: z
    .string({ error: "请填写联系电话" })
    .trim()
    .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, "联系电话应为11位手机号或带区号的固定电话"),
  address: text("注册地址", 200),
});
export type TCreateDeveloper = z.infer<typeof ZCreateDeveloper>;
export type TCreateDeveloperInput = z.input<typeof ZCreateDeveloper>;

export type BuildingInput = { buildingNo: string; floors: number; unitCount: number };

const BUILDING_LINE_HINT = "应为“楼栋号 层数 户数”，如“1幢 18 72”（层数1至99，户数1至999）";

function validBuilding(b: BuildingInput): boolean {
  return (
    !!b.buildingNo &&
    b.buildingNo.length <= 20 &&
    Number.isInteger(b.floors) &&
    Number.isInteger(b.unitCount) &&
    b.floors >= 1 &&
    b.floors <= 99 &&
    b.unitCount >= 1 &&
    b.unitCount <= 999
  );
}

/**
 * The buildings: typed one per line as "楼栋号 层数 户数" (spaces, commas or 、 between), e.g.
 * "1幢 18 72", or given as a list. Floors 1–99, 1–999 units; a building number appears once.
 */
export const ZBuildings = z.unknown().transform((raw, ctx): BuildingInput[] => {
  let rows: { line: number; value: BuildingInput | null }[];
  if (typeof raw === "string") {
    const lines = raw
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    rows = lines.map((line, i) => {
      const parts = line.split(/[\s,，、]+/);
      return {
        line: i + 1,
        value: parts.length === 3 ? { buildingNo: parts[0]!, floors: Number(parts[1]), unitCount: Number(parts[2]) } : null,
      };
    });
  } else if (Array.isArray(raw)) {
    rows = raw.map((b, i) => ({ line: i + 1, value: b && typeof b === "object" ? (b as BuildingInput) : null }));
  } else rows = [];
  if (rows.length === 0) {
    ctx.addIssue({ code: "custom", message: "请至少填写一栋楼（每行：楼栋号 层数 户数）" });
    return z.NEVER;
  }
  const seen = new Set<string>();
  const result: BuildingInput[] = [];
  for (const { line, value } of rows) {
    if (!value || !validBuilding(value)) ctx.addIssue({ code: "custom", message: `第${line}行${BUILDING_LINE_HINT}` });
    else if (seen.has(value.buildingNo)) ctx.addIssue({ code: "custom", message: `第${line}行的楼栋号“${value.buildingNo}”重复` });
    else {
      seen.add(value.buildingNo);
      result.push({ buildingNo: value.buildingNo, floors: value.floors, unitCount: value.unitCount });
    }
  }
  return result;
});

export function projectSchema(today: string = todayInShanghai()) {
  return z.object({
    developerId: z.string({ error: "请选择开发商" }).trim().min(1, "请选择开发商"),
    name: text("楼盘名称", 60),
    district: z.enum(DISTRICTS, { error: "请选择所在区" }),
    address: text("项目坐落", 200),
    presalePermitNo: optionalText("预售许可证号", 60),
    constructionStatus: z.enum(CONSTRUCTION_STATUSES, { error: "请选择建设状态" }),
    statusAsOf: pastDate("状态日期", today),
    buildings: ZBuildings,
  });
}
export type TCreateProject = z.infer<ReturnType<typeof projectSchema>>;
export type TCreateProjectInput = z.input<ReturnType<typeof projectSchema>>;

const projectStep = { projectId: id("楼盘"), expectedVersion: version };

export function applicationSchema(today: string = todayInShanghai()) {
  return z.object({
    ...projectStep,
    appliedOn: pastDate("申请日期", today),
    applicantName: text("申请经办人", 30),
    note: optionalText("备注", 500),
  });
}
export type TApplyForAdmissionInput = z.input<ReturnType<typeof applicationSchema>>;

/** Form field names of the checklist: every condition is answered, met or not, with a note. */
export const conditionField = (code: string) => `cond_${code}`;
export const conditionNoteField = (code: string) => `note_${code}`;

const finding = (label: string) =>
  z.object(
    { met: z.boolean({ error: `请核查“${label}”是否满足` }), note: optionalText("核查说明", 200) },
    { error: `请核查“${label}”是否满足` },
  );

/**
 * An inspection: date (not in the future), place, findings, a finding for every condition (met or
 * not, with an optional note) and the officer's conclusion. Photos are checked separately (files,
 * see inspection-photos.ts). Errors on a condition are reported at its form field cond_<CODE>.
 */
export function inspectionSchema(today: string = todayInShanghai()) {
  return z.object({
    ...projectStep,
    inspectedOn: pastDate("查勘日期", today),
    location: text("查勘地点", 200),
    findings: text("查勘情况", 2000).pipe(z.string().min(10, "查勘情况至少写10个字")),
    passed: z.boolean({ error: "请选择查勘结论" }),
    checklist: z.object(
      Object.fromEntries(ADMISSION_CONDITIONS.map((c) => [c.code, finding(c.label)])) as Record<ConditionCode, ReturnType<typeof finding>>,
    ),
  });
}
export type TRecordInspectionInput = z.input<ReturnType<typeof inspectionSchema>>;

export function admitSchema(today: string = todayInShanghai()) {
  return z.object({
    ...projectStep,
    agreementSignedOn: pastDate("签约日期", today),
    agreementPlace: text("签约地点", 200),
    developerSignatory: text("开发商签约代表", 30),
    note: optionalText("备注", 500),
  });
}
export type TAdmitProjectInput = z.input<ReturnType<typeof admitSchema>>;

export const ZDecideWithReason = z.object({ ...projectStep, reason: text("原因", 500) });
export type TDecideWithReasonInput = z.input<typeof ZDecideWithReason>;

export function constructionSchema(today: string = todayInShanghai()) {
  return z.object({
    ...projectStep,
    status: z.enum(CONSTRUCTION_STATUSES, { error: "请选择建设状态" }),
    asOf: pastDate("状态日期", today),
    note: optionalText("进度说明", 500),
  });
}
export type TUpdateConstructionInput = z.input<ReturnType<typeof constructionSchema>>;

/** The purchase contract price of a new home (一手房), typed at the window; optional elsewhere. */
export const ZContractPrice = z
  .string()
  .trim()
  .transform((v) => v.replaceAll(",", ""))
  .pipe(z.string().regex(/^([1-9]\d{0,11}(\.\d{1,2})?)?$/, "购房合同价应为正数，最多两位小数"))
  .optional()
  .transform((v) => (v ? v : null));

/** List filters from the URL (?developer=&district=&admission=&construction=&q=); junk is ignored. */
export const ZProjectFilters = z.object({
  developer: z.string().trim().max(40).optional().catch(undefined),
  district: z.enum(DISTRICTS).optional().catch(undefined),
  admission: z.enum(["NOT_APPLIED", "APPLIED", "ADMITTED", "REJECTED", "SUSPENDED"]).optional().catch(undefined),
  construction: z.enum(CONSTRUCTION_STATUSES).optional().catch(undefined),
  q: z.string().trim().max(60).optional().catch(undefined),
});
export type TProjectFilters = z.infer<typeof ZProjectFilters>;

/** A parsed schema or a DomainError-ready map of field errors. */
export type FieldErrors = Record<string, string[]>;
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const [first, second] = issue.path;
    // A checklist finding's error belongs next to its condition's radio buttons.
    const field = first === "checklist" && second !== undefined ? conditionField(String(second)) : String(first ?? "_form");
    const list = (result[field] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  return result;
}
