import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import {
  REGISTRY_REFUSAL,
  banStopNote,
  fraudRefusalText,
  insiderConflictText,
  insiderFlagReason,
  registryFlagReason,
} from "@/lib/fraud/refusal-messages";
import { caseErrorMessage } from "@/lib/cases/messages";
import { fraudErrorMessage } from "@/lib/fraud/messages";
import { withdrawalMessage } from "@/lib/withdrawals/messages";

// The fraud refusals: lib/ throws the code and its facts, the catalogue words them (the same words
// users and auditors read before the move, kept exactly).

const banned = new DomainError("BLACKLISTED", {
  details: { banReason: "伪造购房合同", endsOn: "2031-05-10", atWindow: true, entryId: "b1" },
});

describe("fraud refusal texts", () => {
  it("a ban: its own reason and end date, for the teller or the applicant; a stopped withdrawal's note", () => {
    const text = "申请人已被列入失信黑名单（伪造购房合同），2031-05-10 前不得办理住房公积金提取和贷款";
    expect(fraudRefusalText(banned)).toBe(text);
    // Every screen shows the same words.
    expect(withdrawalMessage(banned)).toBe(text);
    expect(caseErrorMessage(banned)).toBe(text);
    expect(fraudErrorMessage(banned)).toBe(text);
    const online = new DomainError("BLACKLISTED", { details: { banReason: "伪造购房合同", endsOn: "2031-05-10", atWindow: false } });
    expect(fraudRefusalText(online)).toBe("您已被列入失信黑名单（伪造购房合同），2031-05-10 前不得办理住房公积金提取和贷款");
    expect(banStopNote({ banReason: "伪造购房合同", endsOn: "2031-05-10", atWindow: true })).toBe(`因失信黑名单终止：${text}`);
  });

  it("an insider conflict: self or a declared relative (by relation, never the relative's ID number)", () => {
    expect(insiderConflictText({ kind: "SELF" })).toBe("经办人员不得办理本人的业务，请交由其他工作人员办理");
    const relative = new DomainError("INSIDER_CONFLICT", { details: { kind: "RELATIVE", relation: "父亲" } });
    expect(fraudRefusalText(relative)).toBe("申请人是您已申报的亲属（父亲），请交由其他工作人员办理");
    expect(caseErrorMessage(relative)).toBe("申请人是您已申报的亲属（父亲），请交由其他工作人员办理");
    expect(insiderFlagReason("CASE_OPEN", { kind: "RELATIVE", idNumber: "x", relation: "父亲", name: "陈建国" })).toBe(
      "经办人员试图开立办件，申请人为其已申报亲属（父亲 陈建国），已拒绝",
    );
    expect(insiderFlagReason("WITHDRAWAL_PAYOUT", { kind: "SELF", idNumber: "x" })).toBe(
      "经办人员试图支付提取款项，申请人为其本人，已拒绝",
    );
  });

  it("a registry mismatch: the refusal at the form, each difference in the flag's reason", () => {
    const mismatch = new DomainError("REGISTRY_MISMATCH", { details: { mismatches: ["OWNER_NAME"], issues: [] } });
    expect(fraudRefusalText(mismatch)).toBe(REGISTRY_REFUSAL);
    expect(withdrawalMessage(mismatch)).toBe("申请未通过不动产登记信息核验：所填不动产权证书信息与不动产登记簿记载不符，已转风险核查");
    expect(registryFlagReason("LOAN", ["APPLICANT_NOT_OWNER", "CERT_CANCELLED"])).toBe(
      "贷款申请的住房与不动产登记簿不符：申请人不是该不动产登记的权利人；该不动产权证书已注销，不是现行有效的证书",
    );
    expect(registryFlagReason("WITHDRAWAL", ["AREA"])).toBe("购房提取所附不动产权证书与登记簿不符：所填建筑面积与不动产登记簿记载不符");
  });

  it("without facts each domain falls back to its general wording", () => {
    expect(fraudRefusalText(new DomainError("BLACKLISTED"))).toBeNull();
    expect(withdrawalMessage(new DomainError("BLACKLISTED"))).toBe("申请人已被列入失信黑名单，不得办理住房公积金提取");
    expect(caseErrorMessage(new DomainError("INSIDER_CONFLICT"))).toBe("经办人员不得办理本人或已申报亲属的业务，请交由其他工作人员办理");
  });

  it("the refusal rules build no Chinese text (only comments may hold it)", () => {
    const rules = [
      "lib/fraud/blacklist-rule.ts",
      "lib/fraud/insider-rule.ts",
      "lib/fraud/insider-check.ts",
      "lib/fraud/loan-ban.ts",
      "lib/fraud/registry-check.ts",
      "lib/withdrawals/stop-on-ban.ts",
    ];
    for (const file of rules) {
      const code = fs
        .readFileSync(file, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/\/\/.*$/gm, "");
      expect(code, file).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
