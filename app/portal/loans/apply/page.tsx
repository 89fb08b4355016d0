import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { getApplicantFactsDto, getDepositorIdNumber } from "@/lib/cases/case-detail-queries";
import { listPropertiesOwnedBy } from "@/lib/registry/queries";
import { applyOnlineAction } from "@/app/portal/loans/apply/actions";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { ApplicantFacts } from "@/components/cases/applicant-facts";
import { LoanRequestForm } from "@/components/cases/loan-request-form";
import { LOAN_DOCUMENTS } from "@/lib/cases/loan-documents";

export const metadata: Metadata = { title: "网上申请公积金贷款" };

export default async function ApplyOnlinePage() {
  const user = await requireRole("CITIZEN");
  const idNumber = user.depositorId ? await getDepositorIdNumber(user.depositorId) : null;
  if (!idNumber) {
    return (
      <>
        <PageTitle>网上申请公积金贷款</PageTitle>
        <p className="text-sm text-slate-600">未找到您的公积金账户，请到窗口办理。</p>
      </>
    );
  }
  const facts = await getApplicantFactsDto(idNumber);
  const properties = await listPropertiesOwnedBy([idNumber, ...(facts.spouse ? [facts.spouse.idNumber] : [])]);
  return (
    <>
      <PageTitle subtitle="提交后任一综合窗口即可受理，无需重复填写">网上申请公积金贷款</PageTitle>
      <div className="space-y-6">
        <Card id="me" title="申请人信息（来自公积金系统）">
          <ApplicantFacts facts={facts} />
        </Card>
        <Card id="apply" title="贷款申请">
          <LoanRequestForm
            action={applyOnlineAction}
            submitLabel="提交贷款申请"
            properties={properties}
            spouse={facts.spouse}
            suggestedFirstHome={!facts.everHadFundLoan && properties.length <= 1}
            preview
            documents={LOAN_DOCUMENTS}
          />
        </Card>
      </div>
    </>
  );
}
