import { ALL_ROLES } from "@/lib/auth/roles";
import { describe, expect, it } from "vitest";
import {
  confirmRefusal,
  LIMIT_CHANGE_RULES,
  limitDirection,
  rejectRefusal,
  STAFF_ROLES,
  staffChangeRefusal,
} from "@/lib/staff/staff-rules";
import { ZChangePassword, ZCreateStaff, ZDeclareRelative, ZProposeLimit, ZCreateWindow } from "@/lib/staff/schemas";
import { isAllowedEffectiveDate, versionInForce } from "@/lib/settings/version-rule";
import { ZReasonRulesForm, ZEscalationForm } from "@/lib/settings/parameter-forms";
import { applyFigures, figuresOf } from "@/lib/withdrawals/reason-rules-store";
import { REASON_RULES } from "@/lib/withdrawals/reasons";
import { DEFAULT_ESCALATION_POLICY } from "@/lib/servicing/escalation";

const issuesAt = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0] ?? ""), i.message]));

describe("staff rules", () => {
  it("staff roles exclude the citizen and the employer agent", () => {
    expect(STAFF_ROLES).toEqual(["TELLER", "REVIEWER", "RISK_OFFICER", "ADMIN", "PROJECT_OFFICER", "SUPERVISOR"]);
    // Every role is either a citizen's, an employer agent's or a staff role: a new role must be placed.
    expect([...STAFF_ROLES].sort()).toEqual(ALL_ROLES.filter((r) => r !== "CITIZEN" && r !== "EMPLOYER_AGENT").sort());
  });

  it("refuses a change to oneself and removing the last active admin", () => {
    expect(staffChangeRefusal({ actorId: "a", targetId: "a", losesAdmin: false, otherActiveAdmins: 3 })).toBe("SELF_CHANGE_REFUSED");
    expect(staffChangeRefusal({ actorId: "a", targetId: "b", losesAdmin: true, otherActiveAdmins: 0 })).toBe("LAST_ADMIN");
    expect(staffChangeRefusal({ actorId: "a", targetId: "b", losesAdmin: true, otherActiveAdmins: 1 })).toBeNull();
    expect(staffChangeRefusal({ actorId: "a", targetId: "b", losesAdmin: false, otherActiveAdmins: 0 })).toBeNull();
  });

  it("classifies limit changes exactly (null = no authority)", () => {
    expect(limitDirection("600000.00", "600000.01")).toBe("RAISE");
    expect(limitDirection("600000.00", "599999.99")).toBe("LOWER");
    expect(limitDirection("50000.00", "50000")).toBe("SAME");
    expect(limitDirection(null, "0.01")).toBe("RAISE");
    expect(limitDirection("0.01", null)).toBe("LOWER");
    expect(limitDirection(null, null)).toBe("SAME");
    expect(LIMIT_CHANGE_RULES).toEqual({ RAISE: { confirmations: 1 }, LOWER: { confirmations: 0 } });
  });

  it("four eyes: neither the proposer nor the person concerned confirms; the proposer may withdraw", () => {
    const change = { proposedById: "p", userId: "u" };
    expect(confirmRefusal(change, "p")).toBe("LIMIT_SAME_ADMIN");
    expect(confirmRefusal(change, "u")).toBe("LIMIT_OWN_CONFIRM");
    expect(confirmRefusal(change, "x")).toBeNull();
    expect(rejectRefusal(change, "p")).toBeNull();
    expect(rejectRefusal(change, "u")).toBe("LIMIT_OWN_CONFIRM");
  });
});

describe("staff form validation", () => {
  it("a new staff account: user name, roles, a valid ID check digit, a strong initial password", () => {
    const ok = ZCreateStaff.parse({
      loginName: "Teller_11",
      displayName: " 周敏 ",
      idNumber: "320102198805120034",
      roles: ["REVIEWER", "TELLER"],
      initialPassword: "Abcdefgh12",
    });
    expect(ok).toEqual({
      loginName: "teller_11",
      displayName: "周敏",
      idNumber: "320102198805120034",
      roles: ["TELLER", "REVIEWER"],
      initialPassword: "Abcdefgh12",
    });
    const bad = ZCreateStaff.safeParse({
      loginName: "1x",
      displayName: "",
      idNumber: "320102198805120035",
      roles: ["CITIZEN"],
      initialPassword: "abcdefghij",
    });
    expect(issuesAt(bad)).toEqual({
      loginName: "用户名为3至32位小写字母、数字或下划线，以字母开头",
      displayName: "请填写姓名",
      idNumber: "身份证号校验位不正确，请核对后重新输入",
      roles: "请至少选择一个工作人员角色",
      initialPassword: "密码须同时包含字母和数字",
    });
  });

  it("a limit amount: yuan with at most two decimals, blank = no authority", () => {
    const base = { userId: "u", kind: "LOAN_APPROVAL", reason: "晋升" };
    expect(ZProposeLimit.parse({ ...base, amount: "1,200,000" }).amount).toBe("1200000.00");
    expect(ZProposeLimit.parse({ ...base, amount: " " }).amount).toBeNull();
    expect(ZProposeLimit.safeParse({ ...base, amount: "0" }).success).toBe(false);
    expect(ZProposeLimit.safeParse({ ...base, amount: "10.001" }).success).toBe(false);
    expect(issuesAt(ZProposeLimit.safeParse({ ...base, amount: "1", reason: "" }))).toEqual({ reason: "请填写调整原因" });
  });

  it("windows are numbered as tellers sign in to them; relatives need a valid ID and a relation", () => {
    expect(ZCreateWindow.parse({ number: "10", name: "10号窗口" }).number).toBe(10);
    expect(issuesAt(ZCreateWindow.safeParse({ number: "11", name: "x" }))).toEqual({ number: "窗口号应为1至10" });
    expect(issuesAt(ZDeclareRelative.safeParse({ idNumber: "32010219880512003", name: "钱芳", relation: "同事" }))).toEqual({
      idNumber: "身份证号应为18位，前17位为数字，最后一位为数字或X",
      relation: "请选择亲属关系",
    });
  });

  it("a new password: confirmed, and strong", () => {
    expect(issuesAt(ZChangePassword.safeParse({ currentPassword: "x", newPassword: "Abcdefgh12", confirmPassword: "Abcdefgh13" }))).toEqual(
      {
        confirmPassword: "两次输入的新密码不一致",
      },
    );
    expect(issuesAt(ZChangePassword.safeParse({ currentPassword: "", newPassword: "short1", confirmPassword: "short1" }))).toEqual({
      currentPassword: "请输入当前密码",
      newPassword: "密码至少10位",
    });
  });
});

describe("versioned parameters", () => {
  const versions = [
    { version: 1, effectiveFrom: "2026-01-01" },
    { version: 2, effectiveFrom: "2026-07-01" },
    { version: 3, effectiveFrom: "2026-03-01" },
  ];
  it("the version in force is the highest version already effective", () => {
    expect(versionInForce(versions, "2025-12-31")).toBeNull();
    expect(versionInForce(versions, "2026-01-01")?.version).toBe(1);
    expect(versionInForce(versions, "2026-02-28")?.version).toBe(1);
    expect(versionInForce(versions, "2026-03-01")?.version).toBe(3);
    expect(versionInForce(versions, "2026-06-30")?.version).toBe(3);
    // Version 3 was published after version 2 with an earlier date: the later decision wins.
    expect(versionInForce(versions, "2026-07-01")?.version).toBe(3);
    expect(versionInForce(versions.slice(0, 2), "2026-07-01")?.version).toBe(2);
  });

  it("no retroactive change: effective today or later", () => {
    expect(isAllowedEffectiveDate("2026-12-03", "2026-12-03")).toBe(true);
    expect(isAllowedEffectiveDate("2026-12-02", "2026-12-03")).toBe(false);
  });

  it("reason rule figures round-trip the code table; a version changes only the figures", () => {
    expect(applyFigures(REASON_RULES, figuresOf(REASON_RULES))).toEqual(REASON_RULES);
    const figures = figuresOf(REASON_RULES);
    figures.reasons["07"] = { frequency: null, rent: { monthlyCap: "1200.00", maxMonths: 6 } };
    const rules = applyFigures(REASON_RULES, figures);
    expect(rules["07"]).toEqual({ ...REASON_RULES["07"], frequency: null, limit: { kind: "RENT", monthlyCap: "1200.00", maxMonths: 6 } });
    expect(rules["01"]).toEqual(REASON_RULES["01"]);
  });

  it("the reason rules form: times and months together or both blank; the rent cap in yuan", () => {
    const fields = (over: Record<string, string>) => ({
      effectiveFrom: "2027-01-01",
      note: "",
      ...Object.fromEntries(
        Object.entries(figuresOf(REASON_RULES).reasons).flatMap(([code, f]) => [
          [`r${code}.maxTimes`, f!.frequency ? String(f!.frequency.maxTimes) : ""],
          [`r${code}.perMonths`, f!.frequency ? String(f!.frequency.perMonths) : ""],
          ...(f!.rent
            ? [
                [`r${code}.monthlyCap`, f!.rent.monthlyCap],
                [`r${code}.maxMonths`, String(f!.rent.maxMonths)],
              ]
            : []),
        ]),
      ),
      ...over,
    });
    const parsed = ZReasonRulesForm.parse(fields({}));
    expect(parsed.value).toEqual(figuresOf(REASON_RULES));
    expect(issuesAt(ZReasonRulesForm.safeParse(fields({ "r01.perMonths": "", "r07.monthlyCap": "1500.001", effectiveFrom: "" })))).toEqual({
      "r01.perMonths": "次数和期间须同时填写，或同时留空表示不限",
      "r07.monthlyCap": "请输入大于0的金额（元），最多两位小数",
      effectiveFrom: "请选择生效日期",
    });
  });

  it("the escalation form rebuilds the default policy from its fields", () => {
    const raw: Record<string, unknown> = { effectiveFrom: "2027-01-01", note: "" };
    DEFAULT_ESCALATION_POLICY.tiers.forEach((t, i) => {
      raw[`t${i}.code`] = t.code;
      raw[`t${i}.label`] = t.label;
      raw[`t${i}.min`] = String(t.minOverduePeriods);
      raw[`t${i}.max`] = t.maxOverduePeriods?.toString() ?? "";
      raw[`t${i}.consecutive`] = t.minConsecutiveOverduePeriods?.toString() ?? "";
      raw[`t${i}.actions`] = [...t.actions];
    });
    expect(ZEscalationForm.parse(raw).value).toEqual(DEFAULT_ESCALATION_POLICY);
    expect(issuesAt(ZEscalationForm.safeParse({ ...raw, "t1.max": "1", "t2.actions": [] }))).toEqual({
      "t1.max": "最多逾期期数不能小于最少逾期期数",
      "t2.actions": "请至少选择一项催收措施",
    });
  });
});
