import { describe, expect, it } from "vitest";
import { ADMISSION_CONDITIONS } from "@/lib/projects/conditions";
import { isValidCreditCode } from "@/lib/projects/credit-code";
import {
  admitSchema,
  constructionSchema,
  fieldErrorsOf,
  inspectionSchema,
  projectSchema,
  ZBuildings,
  ZContractPrice,
  ZCreateDeveloper,
} from "@/lib/projects/schemas";
import { noteRequiredFor } from "@/lib/projects/update-construction";

const TODAY = "2026-11-26";
const allMet = Object.fromEntries(ADMISSION_CONDITIONS.map((c) => [c.code, { met: true }]));
const inspection = {
  projectId: "p1",
  expectedVersion: "3",
  inspectedOn: "2026-11-26",
  location: "项目现场",
  findings: "主体结构已封顶，资料齐全。",
  passed: true,
  checklist: allMet,
};

function errorsOf(result: { success: boolean; error?: unknown }) {
  expect(result.success).toBe(false);
  return fieldErrorsOf(result.error as Parameters<typeof fieldErrorsOf>[0]);
}

describe("inspectionSchema", () => {
  it("accepts a complete inspection dated today and coerces the version", () => {
    const parsed = inspectionSchema(TODAY).parse(inspection);
    expect(parsed).toMatchObject({ expectedVersion: 3, inspectedOn: "2026-11-26", passed: true });
    expect(Object.keys(parsed.checklist)).toHaveLength(ADMISSION_CONDITIONS.length);
  });

  it("refuses a date in the future, with the date in the message", () => {
    expect(errorsOf(inspectionSchema(TODAY).safeParse({ ...inspection, inspectedOn: "2026-11-27" }))).toEqual({
      inspectedOn: ["查勘日期不能晚于今天（2026-11-26）"],
    });
  });

  it("refuses an impossible date and an empty one", () => {
    expect(errorsOf(inspectionSchema(TODAY).safeParse({ ...inspection, inspectedOn: "2026-02-30" })).inspectedOn).toEqual([
      "查勘日期应为有效日期（年-月-日）",
    ]);
    expect(errorsOf(inspectionSchema(TODAY).safeParse({ ...inspection, inspectedOn: "" })).inspectedOn).toEqual(["请填写查勘日期"]);
  });

  it("reports every missing field at once, an unanswered condition at its own field", () => {
    const { PRESALE_PERMIT: _p, ...checklist } = allMet;
    void _p;
    const errors = errorsOf(
      inspectionSchema(TODAY).safeParse({
        ...inspection,
        location: "  ",
        findings: "短",
        passed: undefined,
        checklist: { ...checklist, ESCROW_ACCOUNT: { met: undefined } },
      }),
    );
    expect(errors).toEqual({
      location: ["请填写查勘地点"],
      findings: ["查勘情况至少写10个字"],
      passed: ["请选择查勘结论"],
      cond_PRESALE_PERMIT: ["请核查“商品房预售许可证”是否满足"],
      cond_ESCROW_ACCOUNT: ["请核查“预售资金监管账户”是否满足"],
    });
  });
});

describe("the other forms", () => {
  it("admission: signing date not in the future, place and signatory required", () => {
    const ok = admitSchema(TODAY).parse({
      projectId: "p",
      expectedVersion: 0,
      agreementSignedOn: "2026-11-20",
      agreementPlace: "现场",
      developerSignatory: "王经理",
      note: "",
    });
    expect(ok.note).toBeUndefined();
    expect(
      errorsOf(
        admitSchema(TODAY).safeParse({
          projectId: "p",
          expectedVersion: 0,
          agreementSignedOn: "2027-01-01",
          agreementPlace: "",
          developerSignatory: "",
        }),
      ),
    ).toEqual({
      agreementSignedOn: ["签约日期不能晚于今天（2026-11-26）"],
      agreementPlace: ["请填写签约地点"],
      developerSignatory: ["请填写开发商签约代表"],
    });
  });

  it("construction: a known status and a date not in the future", () => {
    expect(
      errorsOf(constructionSchema(TODAY).safeParse({ projectId: "p", expectedVersion: 1, status: "DONE", asOf: "2026-12-01" })),
    ).toEqual({
      status: ["请选择建设状态"],
      asOf: ["状态日期不能晚于今天（2026-11-26）"],
    });
  });

  it("developer: the credit code's check character is verified", () => {
    const base = {
      name: "南京某置业有限公司",
      legalRepresentative: "王某",
      qualificationLevel: "一级",
      contactName: "李某",
      contactPhone: "025-84561234",
      address: "南京市玄武区中山路1号",
    };
    expect(ZCreateDeveloper.parse({ ...base, creditCode: " 91320100ma1p3k8q63 " }).creditCode).toBe("91320100MA1P3K8Q63");
    expect(isValidCreditCode("91320100MA1P3K8Q63")).toBe(true);
    expect(errorsOf(ZCreateDeveloper.safeParse({ ...base, creditCode: "91320100MA1P3K8Q64" })).creditCode).toEqual([
      "统一社会信用代码应为18位且校验位正确",
    ]);
  });

  it("buildings: one per line, numbers checked, numbers unique; a list parses the same", () => {
    expect(ZBuildings.parse("1幢 18 72\n\n2幢，26，104")).toEqual([
      { buildingNo: "1幢", floors: 18, unitCount: 72 },
      { buildingNo: "2幢", floors: 26, unitCount: 104 },
    ]);
    expect(ZBuildings.parse([{ buildingNo: "A", floors: 6, unitCount: 12 }])).toEqual([{ buildingNo: "A", floors: 6, unitCount: 12 }]);
    const bad = ZBuildings.safeParse("1幢 18\n2幢 0 10\n3幢 6 12\n3幢 6 12");
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.message)).toEqual([
      "第1行应为“楼栋号 层数 户数”，如“1幢 18 72”（层数1至99，户数1至999）",
      "第2行应为“楼栋号 层数 户数”，如“1幢 18 72”（层数1至99，户数1至999）",
      "第4行的楼栋号“3幢”重复",
    ]);
    expect(
      errorsOf(
        projectSchema(TODAY).safeParse({
          developerId: "d",
          name: "某苑",
          district: "江宁区",
          address: "某路1号",
          constructionStatus: "NOT_STARTED",
          statusAsOf: TODAY,
          buildings: "  ",
        }),
      ).buildings,
    ).toEqual(["请至少填写一栋楼（每行：楼栋号 层数 户数）"]);
  });

  it("contract price: empty means not given; otherwise a positive amount with at most two decimals", () => {
    expect(ZContractPrice.parse("")).toBeNull();
    expect(ZContractPrice.parse(undefined)).toBeNull();
    expect(ZContractPrice.parse("2,350,000.5")).toBe("2350000.5");
    expect(ZContractPrice.safeParse("-1").success).toBe(false);
    expect(ZContractPrice.safeParse("12.345").success).toBe(false);
  });
});

describe("noteRequiredFor (construction history)", () => {
  it("asks for a note going backwards or keeping the status, never going forwards", () => {
    expect(noteRequiredFor("BUILT", "UNDER_CONSTRUCTION")).toBe("BACKWARD");
    expect(noteRequiredFor("UNDER_CONSTRUCTION", "NOT_STARTED")).toBe("BACKWARD");
    expect(noteRequiredFor("UNDER_CONSTRUCTION", "UNDER_CONSTRUCTION")).toBe("UNCHANGED");
    expect(noteRequiredFor("NOT_STARTED", "BUILT")).toBeNull();
    expect(noteRequiredFor("UNDER_CONSTRUCTION", "BUILT")).toBeNull();
  });
});
