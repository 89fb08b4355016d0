import { describe, expect, it } from "vitest";
import { evaluateChecklist, readChecklist, type Checklist } from "@/lib/projects/checklist";
import { ADMISSION_CONDITIONS, type AdmissionCondition } from "@/lib/projects/conditions";

const REQUIRED = ADMISSION_CONDITIONS.filter((c) => c.required).map((c) => c.code);
const OPTIONAL = ADMISSION_CONDITIONS.filter((c) => !c.required).map((c) => c.code);
const all = (met: boolean): Checklist => Object.fromEntries(ADMISSION_CONDITIONS.map((c) => [c.code, { met }]));

describe("the admission conditions (data)", () => {
  it("lists the five certificates, presale progress, escrow, no violations and the guarantee consent as required", () => {
    const labels = ADMISSION_CONDITIONS.filter((c) => c.required).map((c) => c.label);
    expect(labels).toEqual([
      "开发企业资质",
      "国有土地使用证",
      "建设用地规划许可证",
      "建设工程规划许可证",
      "施工许可证",
      "商品房预售许可证",
      "工程进度达到预售条件",
      "预售资金监管账户",
      "无重大违法违规",
      "同意提供阶段性担保",
    ]);
    expect(OPTIONAL).toEqual(["CONSTRUCTION_MORTGAGE_CLEARED", "SALES_TABLE_FILED"]);
    expect(new Set(ADMISSION_CONDITIONS.map((c) => c.code)).size).toBe(ADMISSION_CONDITIONS.length);
  });
});

describe("evaluateChecklist", () => {
  it("is complete when every condition is met", () => {
    const e = evaluateChecklist(all(true));
    expect(e).toMatchObject({ complete: true, missing: [], optionalUnmet: [] });
    expect(e.met).toEqual(ADMISSION_CONDITIONS.map((c) => c.code));
  });

  it("is complete with every required condition met even when optional ones are not", () => {
    const checklist = { ...all(true), CONSTRUCTION_MORTGAGE_CLEARED: { met: false }, SALES_TABLE_FILED: { met: false } };
    const e = evaluateChecklist(checklist);
    expect(e.complete).toBe(true);
    expect(e.optionalUnmet.map((c) => c.code)).toEqual(OPTIONAL);
  });

  it("lists each unmet required condition, in the conditions' order", () => {
    const checklist = { ...all(true), STAGE_GUARANTEE_CONSENT: { met: false }, PRESALE_PERMIT: { met: false, note: "尚未取得" } };
    const e = evaluateChecklist(checklist);
    expect(e.complete).toBe(false);
    expect(e.missing.map((c) => c.label)).toEqual(["商品房预售许可证", "同意提供阶段性担保"]);
    expect(e.met).toHaveLength(ADMISSION_CONDITIONS.length - 2);
  });

  it("counts a condition absent from the checklist as not met (an old inspection cannot prove a new condition)", () => {
    const { ESCROW_ACCOUNT: _escrow, ...rest } = all(true);
    void _escrow;
    const e = evaluateChecklist(rest);
    expect(e.missing.map((c) => c.code)).toEqual(["ESCROW_ACCOUNT"]);
    expect(evaluateChecklist({}).missing.map((c) => c.code)).toEqual(REQUIRED);
  });

  it("reads the required flag from the list it is given (conditions are data)", () => {
    const conditions: AdmissionCondition[] = [
      { code: "A", label: "甲", hint: "", required: true },
      { code: "B", label: "乙", hint: "", required: false },
    ];
    expect(evaluateChecklist({ A: { met: true } }, conditions)).toMatchObject({ complete: true, met: ["A"] });
    expect(evaluateChecklist({ B: { met: true } }, conditions).missing.map((c) => c.code)).toEqual(["A"]);
  });
});

describe("readChecklist (a stored Json back)", () => {
  it("keeps known codes with a boolean met and a trimmed note", () => {
    expect(readChecklist({ PRESALE_PERMIT: { met: true, note: "  已核验原件 " }, ESCROW_ACCOUNT: { met: false, note: "" } })).toEqual({
      PRESALE_PERMIT: { met: true, note: "已核验原件" },
      ESCROW_ACCOUNT: { met: false },
    });
  });
  it("drops unknown codes and malformed findings, so junk can never count as met", () => {
    expect(
      readChecklist({ UNKNOWN: { met: true }, PRESALE_PERMIT: { met: "true" }, ESCROW_ACCOUNT: true, NO_MAJOR_VIOLATIONS: null }),
    ).toEqual({});
    expect(readChecklist(null)).toEqual({});
    expect(readChecklist([{ met: true }])).toEqual({});
  });
});
