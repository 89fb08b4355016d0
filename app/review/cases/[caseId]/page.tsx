import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { getApplicantFactsDto, getCaseDetail, getReviewAssessment } from "@/lib/cases/case-detail-queries";
import { displayYuan, money } from "@/lib/money";
import { recheckAction, approveAction, rejectAction, returnAction } from "@/app/review/cases/[caseId]/actions";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { ApplicantFacts } from "@/components/cases/applicant-facts";
import { AssessmentPanel } from "@/components/cases/assessment-panel";
import { CaseTimeline } from "@/components/cases/case-timeline";
import { LoanSummary } from "@/components/cases/loan-summary";
import { MatterStepButton } from "@/components/cases/matter-step-button";
import { ReviewDecision } from "@/components/review/review-decision";
import { getStageGuaranteeForLoan } from "@/lib/projects/guarantee-queries";
import { StageGuaranteeCard } from "@/components/projects/stage-guarantee-facts";
import { listCaseDocuments } from "@/lib/cases/case-documents";
import { caseDocumentsWording } from "@/lib/cases/loan-document-labels";
import { CaseDocuments } from "@/components/cases/case-documents";

export const metadata: Metadata = { title: "审核办件" };

export default async function ReviewCasePage({ params }: { params: Promise<{ caseId: string }> }) {
  const user = await requireRole("REVIEWER");
  const { caseId } = await params;
  const detail = await getCaseDetail(caseId);
  if (!detail?.loanMatter?.loan) notFound();
  const matter = detail.loanMatter;
  const loan = matter.loan!;
  const [facts, assessment, guarantee, documents] = await Promise.all([
    getApplicantFactsDto(detail.idNumber),
    getReviewAssessment(caseId),
    getStageGuaranteeForLoan(loan.id),
    listCaseDocuments(caseId),
  ]);
  const documentsWording = caseDocumentsWording(detail.channel);
  const step = { caseId: detail.id, matterId: matter.matterId, version: matter.version };
  const withinLimit = !!user.approvalLimit && money(loan.principal).lte(money(user.approvalLimit));

  return (
    <>
      <PageTitle
        subtitle={`${detail.depositorName} · 受理：${detail.acceptedByName ?? "—"}（${detail.windowNo ?? "—"}号窗口） · ${matter.stageLabel}，本阶段 ${matter.minutesInStage} 分钟`}
      >
        审核办件 {detail.caseNo}
      </PageTitle>
      <div className="space-y-6">
        <Card id="decision" title={`当前阶段：${matter.stageLabel}`}>
          {matter.stage === "ACCEPTED" ? (
            <ReviewDecision
              approveAction={approveAction}
              rejectAction={rejectAction}
              returnAction={returnAction}
              step={step}
              withinLimit={withinLimit}
              limitText={user.approvalLimit ? displayYuan(user.approvalLimit) : "未设置"}
            />
          ) : matter.stage === "MORTGAGE_REGISTERED" ? (
            <div className="space-y-3">
              <p className="text-sm text-slate-700">
                抵押已登记（不动产登记证明号 {loan.registrationNo}），合同 {loan.contractNos.join("、")} 已签订。复核无误后立即放款至{" "}
                {loan.payeeName}（{loan.payeeAccount}）。
              </p>
              <MatterStepButton action={recheckAction} {...step} label="复核并放款" pendingText="放款中…" />
            </div>
          ) : (
            <p className="text-sm text-slate-700">本阶段无需审核操作。</p>
          )}
        </Card>
        <Card id="loan" title="贷款申请">
          <LoanSummary matter={matter} />
        </Card>
        <Card id="documents" title={documentsWording.title}>
          <CaseDocuments
            caseId={detail.id}
            documents={documents}
            openFrom="/review"
            caption={documentsWording.title}
            empty={documentsWording.empty}
          />
        </Card>
        <StageGuaranteeCard guarantee={guarantee} />
        {assessment ? (
          <Card id="assessment" title="额度与条件（按当前政策复算）">
            <AssessmentPanel view={assessment} />
          </Card>
        ) : null}
        <Card id="applicant" title="申请人信息">
          <ApplicantFacts facts={facts} />
        </Card>
        <Card id="timeline" title="办理进度">
          <CaseTimeline rows={detail.timeline} />
        </Card>
      </div>
    </>
  );
}
