import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { getApplicantFactsDto, getCaseDetail } from "@/lib/cases/case-detail-queries";
import { listPropertiesOwnedBy } from "@/lib/registry/queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { ApplicantFacts } from "@/components/cases/applicant-facts";
import { CaseTimeline } from "@/components/cases/case-timeline";
import { ElapsedMinutes } from "@/components/cases/elapsed-minutes";
import { LoanSummary } from "@/components/cases/loan-summary";
import { LoanRequestForm } from "@/components/cases/loan-request-form";
import {
  loanFormAction,
  addCaseDocumentsAction,
  handOverCaseAction,
  registerMortgageAction,
  resubmitAction,
  signContractsAction,
} from "@/app/window/cases/[caseId]/actions";
import { WindowNextStep } from "@/components/window/window-next-step";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { getStageGuaranteeForLoan } from "@/lib/projects/guarantee-queries";
import { StageGuaranteeCard } from "@/components/projects/stage-guarantee-facts";
import { HandOverForm } from "@/components/window/hand-over-form";
import { WINDOW_NUMBERS } from "@/lib/auth/policy";
import { acceptOnlineAction } from "@/app/window/actions";
import { listCaseDocuments } from "@/lib/cases/case-documents";
import { CaseDocuments } from "@/components/cases/case-documents";
import { caseDocumentsWording, LOAN_DOCUMENTS_LEGEND } from "@/lib/cases/loan-document-labels";
import { takesMoreMaterials } from "@/lib/cases/add-case-documents";
import { AddDocumentsForm } from "@/components/cases/add-documents-form";
import { LOAN_DOCUMENTS } from "@/lib/cases/loan-documents";

export const metadata: Metadata = { title: "办件" };

/**
 * The one case page of the window: applicant facts from the fund, the loan form (property from
 * the registry), then the stage timeline, the timer and the teller's next step, stage by stage.
 */
export default async function WindowCasePage({ params }: { params: Promise<{ caseId: string }> }) {
  const user = await requireRole("TELLER");
  const { caseId } = await params;
  const detail = await getCaseDetail(caseId);
  if (!detail) notFound();
  const facts = await getApplicantFactsDto(detail.idNumber);
  const matter = detail.loanMatter;
  const properties = matter ? [] : await listPropertiesOwnedBy([facts.idNumber, ...(facts.spouse ? [facts.spouse.idNumber] : [])]);
  const guarantee = matter?.loan ? await getStageGuaranteeForLoan(matter.loan.id) : null;
  const documents = matter ? await listCaseDocuments(detail.id) : [];
  const documentsWording = caseDocumentsWording(detail.channel);

  return (
    <>
      <PageTitle
        subtitle={`${detail.depositorName} · ${detail.channel === "ONLINE" ? "网上申请" : `${detail.windowNo ?? "—"}号窗口`}${detail.ticketNo ? ` · ${detail.ticketNo}号` : ""} · 开办于 ${detail.openedAt}`}
      >
        办件 {detail.caseNo}
      </PageTitle>
      {/* While the back office works, the page follows it live. */}
      {matter && ["SUBMITTED", "ACCEPTED", "MORTGAGE_REGISTERED"].includes(matter.stage) ? <AutoRefresh seconds={5} /> : null}
      <div className="mb-6">
        <ElapsedMinutes minutes={detail.elapsedMinutes} done={detail.status !== "OPEN"} />
      </div>
      <div className="space-y-6">
        <Card id="applicant" title="申请人信息（来自公积金系统）">
          <ApplicantFacts facts={facts} />
        </Card>
        {!matter ? (
          <Card id="loan-form" title="公积金贷款 + 抵押登记申请">
            <LoanRequestForm
              action={loanFormAction}
              caseId={detail.id}
              submitLabel="受理贷款申请"
              properties={properties}
              spouse={facts.spouse}
              suggestedFirstHome={!facts.everHadFundLoan && properties.length <= 1}
              documents={LOAN_DOCUMENTS}
            />
          </Card>
        ) : (
          <>
            <Card id="next" title={`当前阶段：${matter.stageLabel}`}>
              <WindowNextStep
                resubmitAction={resubmitAction}
                signContractsAction={signContractsAction}
                registerMortgageAction={registerMortgageAction}
                acceptOnlineAction={acceptOnlineAction}
                detail={detail}
                matter={matter}
              />
            </Card>
            <Card id="loan" title="贷款申请">
              <LoanSummary matter={matter} />
            </Card>
            <Card id="documents" title={documentsWording.title}>
              <CaseDocuments
                caseId={detail.id}
                documents={documents}
                openFrom="/window"
                caption={documentsWording.title}
                empty={documentsWording.empty}
              />
              {detail.status === "OPEN" && detail.windowNo === user.windowNo && takesMoreMaterials(matter.stage) ? (
                <AddDocumentsForm
                  caseId={detail.id}
                  documents={LOAN_DOCUMENTS}
                  legend={LOAN_DOCUMENTS_LEGEND.later}
                  addCaseDocumentsAction={addCaseDocumentsAction}
                />
              ) : null}
            </Card>
            <StageGuaranteeCard guarantee={guarantee} />
            {/* Issue 14: teller steps only at the case's window; another window after a hand-over. */}
            {detail.status === "OPEN" && detail.windowNo !== null ? (
              <Card id="hand-over" title="移交办件">
                {detail.windowNo === user.windowNo ? (
                  <HandOverForm
                    handOverCaseAction={handOverCaseAction}
                    caseId={detail.id}
                    windowNumbers={WINDOW_NUMBERS.filter((n) => n !== detail.windowNo)}
                  />
                ) : (
                  <p className="text-sm text-slate-700">本办件属于{detail.windowNo}号窗口，须在该窗口办理，或由该窗口移交本窗口后办理。</p>
                )}
              </Card>
            ) : null}
            <Card id="timeline" title="办理进度">
              <CaseTimeline rows={detail.timeline} />
            </Card>
          </>
        )}
      </div>
    </>
  );
}
