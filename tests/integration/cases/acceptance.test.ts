import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { openCaseAtWindow } from "@/lib/cases/open-case";
import { acceptLoanMatter } from "@/lib/cases/accept-loan";
import { assessLoanForCase } from "@/lib/cases/assess-loan";
import { caseErrorMessage } from "@/lib/cases/messages";
import { DomainError } from "@/lib/errors";
import { buildResidentId } from "@/lib/identity/resident-id";
import { createApplicant, createCenter, createHome, errorOf, loanInput, rowCounts, type Center } from "./fixtures";

let c: Center;
beforeAll(async () => {
  c = await createCenter();
});

type Problem = { code: string; field?: string; maxAmount?: string; binding?: string; message?: string };
const problemsOf = (error: { details?: Record<string, unknown> }) => (error.details?.problems ?? []) as Problem[];

describe("acceptance at the window", () => {
  it("a registry owner mismatch blocks acceptance and writes nothing", async () => {
    const a = await createApplicant(c);
    const stranger = await createHome([{ idNumber: buildResidentId("320104", "1970-01-01", 11), name: "陌生人" }]);
    const { caseId } = await openCaseAtWindow({ actor: c.actors.teller, idNumber: a.applicant.idNumber });
    const before = await rowCounts();
    const error = await errorOf(
      acceptLoanMatter({ actor: c.actors.teller, caseId, ...loanInput(a, { property: stranger.certificate.certNo }) }),
    );
    expect(error.code).toBe("NOT_ELIGIBLE");
    expect(problemsOf(error)).toContainEqual(expect.objectContaining({ code: "OWNER_MISMATCH", field: "property" }));
    expect(await rowCounts()).toEqual(before);
  });

  it("the co-applicant spouse as owner is accepted; a co-applicant who is not the spouse is refused", async () => {
    const a = await createApplicant(c);
    const spouseHome = await createHome([a.spouse]);
    const { caseId } = await openCaseAtWindow({ actor: c.actors.teller, idNumber: a.applicant.idNumber });
    const other = await createApplicant(c);
    const refused = await errorOf(
      acceptLoanMatter({
        actor: c.actors.teller,
        caseId,
        ...loanInput(a, { property: spouseHome.unit.unitNo, coApplicantIdNumber: other.applicant.idNumber }),
      }),
    );
    expect(problemsOf(refused).map((p) => p.code)).toEqual(expect.arrayContaining(["CO_APPLICANT_NOT_SPOUSE", "OWNER_MISMATCH"]));
    const ok = await acceptLoanMatter({
      actor: c.actors.teller,
      caseId,
      ...loanInput(a, { property: spouseHome.unit.unitNo, coApplicantIdNumber: a.spouse.idNumber }),
    });
    const loan = await db.loan.findUniqueOrThrow({ where: { id: ok.loanId } });
    expect(loan.coBorrowerId).toBe(a.spouse.id);
  });

  it("an existing mortgage on the unit blocks acceptance", async () => {
    const a = await createApplicant(c);
    await db.mortgage.create({
      data: {
        registrationNo: "苏(2025)南京市不动产证明第0000001号",
        unitId: a.home.unit.id,
        certificateId: a.home.certificate.id,
        mortgagee: "中国建设银行南京分行",
        mortgagorIdNumber: a.applicant.idNumber,
        mortgagorName: a.applicant.name,
        securedAmount: "800000.00",
      },
    });
    const { caseId } = await openCaseAtWindow({ actor: c.actors.teller, idNumber: a.applicant.idNumber });
    const before = await rowCounts();
    const error = await errorOf(acceptLoanMatter({ actor: c.actors.teller, caseId, ...loanInput(a) }));
    expect(problemsOf(error)).toContainEqual(expect.objectContaining({ code: "UNIT_ALREADY_MORTGAGED", field: "property" }));
    expect(await rowCounts()).toEqual(before);
  });

  it("an amount over the limit is refused with the binding limit, and every problem is listed", async () => {
    const a = await createApplicant(c, { months: 3 });
    const { caseId } = await openCaseAtWindow({ actor: c.actors.teller, idNumber: a.applicant.idNumber });
    const error = await errorOf(acceptLoanMatter({ actor: c.actors.teller, caseId, ...loanInput(a, { amount: "1200000.00" }) }));
    const problems = problemsOf(error);
    expect(problems).toContainEqual(
      expect.objectContaining({ code: "AMOUNT_OVER_LIMIT", field: "amount", maxAmount: "1000000.00", binding: "CITY_CAP" }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ code: "CONTRIBUTION_TOO_SHORT" }));
    expect(problems.find((p) => p.code === "AMOUNT_OVER_LIMIT")!.message).toContain("¥1,000,000.00");
  });

  it("a term beyond the age limit is refused at the term field", async () => {
    const a = await createApplicant(c, { birthDate: "1975-03-04" });
    const { caseId } = await openCaseAtWindow({ actor: c.actors.teller, idNumber: a.applicant.idNumber });
    const error = await errorOf(acceptLoanMatter({ actor: c.actors.teller, caseId, ...loanInput(a, { termMonths: 300 }) }));
    expect(problemsOf(error)).toEqual([expect.objectContaining({ code: "TERM_BEYOND_AGE", field: "termMonths" })]);
  });

  it("the eligibility screen shows every limit, the binding one and the first-home default", async () => {
    const a = await createApplicant(c);
    const { caseId } = await openCaseAtWindow({ actor: c.actors.teller, idNumber: a.applicant.idNumber });
    const screen = await assessLoanForCase({ caseId, ...loanInput(a, { isFirstHome: undefined }) });
    expect(screen.applicant.continuousContributionMonths).toBe(12);
    expect(screen.applicant.spouse?.idNumber).toBe(a.spouse.idNumber);
    expect(screen.property.owners.map((o) => o.idNumber)).toEqual([a.applicant.idNumber]);
    expect(screen.ownership.ok).toBe(true);
    expect(screen.suggestedIsFirstHome).toBe(true);
    expect(screen.assessment.limits.map((l) => l.code)).toEqual(["CITY_CAP", "LOAN_TO_VALUE", "BALANCE_MULTIPLE", "AFFORDABILITY"]);
    expect(screen.eligible).toBe(true);
  });

  it("bad input gets its own error at its field", async () => {
    const bad = await errorOf(openCaseAtWindow({ actor: c.actors.teller, idNumber: "320102198805120035" }));
    expect(bad).toMatchObject({ code: "INVALID_ID_NUMBER", field: "idNumber" });
    expect(caseErrorMessage(bad as DomainError)).toContain("校验位");
    const a = await createApplicant(c);
    const { caseId } = await openCaseAtWindow({ actor: c.actors.teller, idNumber: a.applicant.idNumber });
    expect(
      await errorOf(
        acceptLoanMatter({ actor: c.actors.teller, caseId, ...loanInput(a, { property: "苏(2026)南京市不动产权第9999999号" }) }),
      ),
    ).toMatchObject({
      code: "UNKNOWN_PROPERTY",
      field: "property",
    });
  });

  it("a second application of the same citizen is refused", async () => {
    const a = await createApplicant(c);
    const { caseId } = await openCaseAtWindow({ actor: c.actors.teller, idNumber: a.applicant.idNumber });
    const results = await Promise.allSettled([
      acceptLoanMatter({ actor: c.actors.teller, caseId, ...loanInput(a) }),
      acceptLoanMatter({ actor: c.actors.teller, caseId, ...loanInput(a) }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.code).toBe("APPLICATION_IN_PROGRESS");
    expect(await db.loan.count({ where: { borrowerId: a.applicant.id } })).toBe(1);
  });
});
