import { describe, expect, it } from "vitest";
import { medicalFingerprint, mergeMedicalMatches, normalizeMedicalRecord, normalizeRecordText } from "@/lib/fraud/medical-record";

const record = {
  hospital: "南京市第一医院（本部）",
  admissionDate: "2026-06-01",
  dischargeDate: "2026-06-20",
  diagnosis: "急性心肌梗死",
  totalAmount: "186500",
};

describe("medical record fingerprint", () => {
  it("normalizes and hashes hospital, dates, diagnosis and amount (exact vector)", () => {
    expect(normalizeMedicalRecord(record)).toEqual({
      hospital: "南京市第一医院本部",
      admissionDate: "2026-06-01",
      dischargeDate: "2026-06-20",
      diagnosis: "急性心肌梗死",
      totalAmount: "186500.00",
    });
    // sha256("v1|南京市第一医院本部|2026-06-01|2026-06-20|急性心肌梗死|186500.00"), checked with sha256sum.
    expect(medicalFingerprint(record)).toBe("5e5c6af5149b8e6c9610e3d1340bdf6f1940128a8b91cdb696dc6b2c8efaca85");
  });

  it("the same record typed differently has the same fingerprint", () => {
    const retyped = { ...record, hospital: " 南京市第一医院 (本部)", diagnosis: "急性 心肌梗死。", totalAmount: "186500.00" };
    expect(medicalFingerprint(retyped)).toBe(medicalFingerprint(record));
    expect(normalizeRecordText("ｓｔ．Ｍａｒｙ’ｓ Ｈｏｓｐｉｔａｌ")).toBe("STMARYSHOSPITAL");
  });

  it("any other stay or bill differs", () => {
    const base = medicalFingerprint(record);
    for (const change of [
      { hospital: "南京市第二医院" },
      { admissionDate: "2026-06-02" },
      { dischargeDate: "2026-06-21" },
      { diagnosis: "脑梗死" },
      { totalAmount: "186500.01" },
    ]) {
      expect(medicalFingerprint({ ...record, ...change })).not.toBe(base);
    }
  });

  it("refuses an invalid date", () => {
    expect(() => medicalFingerprint({ ...record, dischargeDate: "2026-02-30" })).toThrow();
  });

  it("merges fingerprint and file matches per withdrawal", () => {
    expect(
      mergeMedicalMatches(
        [{ withdrawalId: "w2", depositorId: "d2" }],
        [
          { withdrawalId: "w1", depositorId: "d1" },
          { withdrawalId: "w2", depositorId: "d2" },
          { withdrawalId: "w2", depositorId: "d2" },
        ],
      ),
    ).toEqual([
      { withdrawalId: "w1", depositorId: "d1", via: ["DOCUMENT"] },
      { withdrawalId: "w2", depositorId: "d2", via: ["FINGERPRINT", "DOCUMENT"] },
    ]);
  });
});
