import { describe, expect, it } from "vitest";
import { checkRegistryClaim, normalizeCertNo, type RegistryRecord } from "@/lib/fraud/registry-check";

const record: RegistryRecord = {
  certNo: "苏(2024)南京市不动产权第0012345号",
  status: "VALID",
  issuedOn: "2024-05-20",
  unitNo: "320105003004GB00012F00030702",
  buildingArea: "89.50",
  owners: [
    { idNumber: "320102198805120034", name: "张伟" },
    { idNumber: "320104199203150022", name: "李娜" },
  ],
  validCertNo: "苏(2024)南京市不动产权第0012345号",
};
const claim = {
  certNo: "苏（2024）南京市不动产权第0012345号",
  applicantIdNumbers: ["320104199203150022"],
  ownerName: "李 娜",
  area: "89.5",
  registeredOn: "2024-05-20",
};
const codes = (c: Parameters<typeof checkRegistryClaim>[0], r: RegistryRecord | null = record) =>
  checkRegistryClaim(c, r).mismatches.map((m) => m.code);

describe("registry cross-check", () => {
  it("passes a claim that matches the registry (full-width brackets, spaces and 89.5 = 89.50 agree)", () => {
    expect(checkRegistryClaim(claim, record)).toEqual({ ok: true, mismatches: [] });
    expect(normalizeCertNo(" 苏（2024）南京市不动产权第0012345号 ")).toBe("苏(2024)南京市不动产权第0012345号");
  });

  it("a forged certificate: the owner on it is not the registry's, and the applicant owns nothing there", () => {
    const result = checkRegistryClaim({ ...claim, applicantIdNumbers: ["320106199511080014"], ownerName: "王磊" }, record);
    expect(result.ok).toBe(false);
    expect(result.mismatches).toEqual([
      { code: "APPLICANT_NOT_OWNER", claimed: "320106199511080014", registered: "320102198805120034、320104199203150022" },
      { code: "OWNER_NAME", claimed: "王磊", registered: "张伟、李娜" },
    ]);
  });

  it("area, date and unit are compared exactly", () => {
    expect(codes({ ...claim, area: "89.51" })).toEqual(["AREA"]);
    expect(codes({ ...claim, registeredOn: "2024-05-21" })).toEqual(["DATE"]);
    expect(codes({ ...claim, unitNo: "320105003004GB00012F00030701" })).toEqual(["UNIT"]);
    expect(checkRegistryClaim({ ...claim, area: "90.00" }, record).mismatches[0]).toEqual({
      code: "AREA",
      claimed: "90.00",
      registered: "89.50",
    });
  });

  it("an unknown certificate and a cancelled one are mismatches", () => {
    expect(codes(claim, null)).toEqual(["CERT_NOT_FOUND"]);
    const cancelled = { ...record, status: "CANCELLED" as const, validCertNo: "苏(2025)南京市不动产权第0000001号" };
    expect(checkRegistryClaim(claim, cancelled).mismatches).toEqual([
      { code: "CERT_CANCELLED", claimed: record.certNo, registered: "苏(2025)南京市不动产权第0000001号" },
    ]);
  });

  it("fields the applicant did not state are not compared", () => {
    expect(checkRegistryClaim({ certNo: record.certNo, applicantIdNumbers: ["320102198805120034"] }, record).ok).toBe(true);
  });
});
