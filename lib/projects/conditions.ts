/**
 * The admission conditions (准入条件) as data: the inspection form asks every one of them, the
 * checklist evaluation reads `required`, and the project page prints the labels. Order is the
 * order of the form. Adding a condition needs no other change; making one required applies to
 * every later admission (an old inspection is re-evaluated against this list when admitting).
 */
export type AdmissionCondition = {
  code: string;
  label: string;
  /** What the officer checks on site or in the documents. */
  hint: string;
  /** A required condition must be met before a project can be admitted. */
  required: boolean;
};

export const ADMISSION_CONDITIONS = [
  { code: "DEVELOPER_QUALIFICATION", label: "开发企业资质", hint: "房地产开发企业资质证书在有效期内，营业执照正常", required: true },
  { code: "LAND_USE_CERTIFICATE", label: "国有土地使用证", hint: "国有土地使用证（不动产权证书）与项目坐落一致", required: true },
  { code: "LAND_PLANNING_PERMIT", label: "建设用地规划许可证", hint: "建设用地规划许可证原件已核验", required: true },
  { code: "CONSTRUCTION_PLANNING_PERMIT", label: "建设工程规划许可证", hint: "建设工程规划许可证覆盖申请准入的全部楼栋", required: true },
  { code: "CONSTRUCTION_PERMIT", label: "施工许可证", hint: "建筑工程施工许可证覆盖申请准入的全部楼栋", required: true },
  { code: "PRESALE_PERMIT", label: "商品房预售许可证", hint: "商品房预售许可证（或现房销售备案）覆盖申请准入的房屋", required: true },
  {
    code: "PRESALE_PROGRESS",
    label: "工程进度达到预售条件",
    hint: "多层主体结构封顶，高层完成地上三分之一以上（现场查勘）",
    required: true,
  },
  { code: "ESCROW_ACCOUNT", label: "预售资金监管账户", hint: "已在监管银行开立预售资金监管账户，购房款全部进入监管账户", required: true },
  { code: "NO_MAJOR_VIOLATIONS", label: "无重大违法违规", hint: "近三年无重大违法违规、无拖欠工程款和农民工工资的记录", required: true },
  {
    code: "STAGE_GUARANTEE_CONSENT",
    label: "同意提供阶段性担保",
    hint: "开发企业同意为公积金贷款提供至抵押登记办妥为止的阶段性担保",
    required: true,
  },
  {
    code: "CONSTRUCTION_MORTGAGE_CLEARED",
    label: "在建工程抵押已解除或抵押权人同意销售",
    hint: "在建工程设有抵押的，须有抵押权人同意预售的书面意见",
    required: false,
  },
  {
    code: "SALES_TABLE_FILED",
    label: "楼盘表与面积测绘报告已备案",
    hint: "楼盘表、房屋面积预测绘报告已在不动产登记机构备案",
    required: false,
  },
] as const satisfies readonly AdmissionCondition[];

export type ConditionCode = (typeof ADMISSION_CONDITIONS)[number]["code"];

export const CONDITION_CODES = ADMISSION_CONDITIONS.map((c) => c.code) as ConditionCode[];

const BY_CODE = new Map<string, AdmissionCondition>(ADMISSION_CONDITIONS.map((c) => [c.code, c]));

export function conditionOf(code: string): AdmissionCondition | undefined {
  return BY_CODE.get(code);
}
