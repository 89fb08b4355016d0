import type { CaseDetailDto, LoanMatterDto } from "@/lib/cases/case-detail-queries";
import { MatterStepButton } from "@/components/cases/matter-step-button";
import { AcceptOnlineForm } from "@/components/window/accept-online-form";
import type { FormAction } from "@/lib/action-state";

const note = "text-sm text-slate-700";

/** What the teller does next, by stage; stages that wait on the back office say so. */
export function WindowNextStep({
  detail,
  matter,
  resubmitAction,
  signContractsAction,
  registerMortgageAction,
  acceptOnlineAction,
}: {
  detail: CaseDetailDto;
  matter: LoanMatterDto;
  resubmitAction: FormAction;
  signContractsAction: FormAction;
  registerMortgageAction: FormAction;
  acceptOnlineAction: FormAction;
}) {
  const step = { caseId: detail.id, matterId: matter.matterId, version: matter.version };
  const registrationNo = matter.loan?.registrationNo;
  switch (matter.stage) {
    case "SUBMITTED":
      return (
        <div className="space-y-3">
          <p className={note}>市民已网上提交贷款申请，核对申请人与房产信息后受理，无需重新录入。</p>
          <div className="max-w-xs">
            <AcceptOnlineForm acceptOnlineAction={acceptOnlineAction} caseId={detail.id} matterId={matter.matterId} label="受理网上申请" />
          </div>
        </div>
      );
    case "ACCEPTED":
      return <p className={note}>已受理，等待审核员审批（{matter.minutesInStage} 分钟）。审批通过后在本页打印合同。</p>;
    case "RETURNED":
      return (
        <div className="space-y-3">
          <p className={note}>审核员退回补件，请一次性收取以下材料：</p>
          <ul aria-label="需补正材料" className="list-disc pl-5 text-sm text-slate-900">
            {matter.missingMaterials.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          {matter.reviewNote ? <p className="text-sm text-slate-600">审核意见：{matter.reviewNote}</p> : null}
          <MatterStepButton action={resubmitAction} {...step} label="材料已补齐，重新提交" pendingText="提交中…" />
        </div>
      );
    case "REJECTED":
      return <p className="text-sm text-red-700">贷款申请未获批准{matter.reviewNote ? `：${matter.reviewNote}` : ""}</p>;
    case "APPROVED":
      return (
        <div className="space-y-3">
          <p className={note}>审批通过。请打印借款合同与抵押合同，由申请人签字后确认签约。</p>
          <div className="flex flex-wrap gap-3">
            <a
              className="rounded-md border border-sky-700 px-4 py-2 text-sky-800 hover:bg-sky-50"
              href={`/window/cases/${detail.id}/contracts/loan`}
              target="_blank"
              rel="noreferrer"
            >
              打印借款合同
            </a>
            <a
              className="rounded-md border border-sky-700 px-4 py-2 text-sky-800 hover:bg-sky-50"
              href={`/window/cases/${detail.id}/contracts/mortgage`}
              target="_blank"
              rel="noreferrer"
            >
              打印抵押合同
            </a>
          </div>
          <MatterStepButton action={signContractsAction} {...step} label="确认签约" pendingText="记录签约中…" />
        </div>
      );
    case "CONTRACTS_SIGNED":
      return (
        <div className="space-y-3">
          <p className={note}>合同已签订（{matter.loan?.contractNos.join("、")}）。在本窗口直接办理不动产抵押登记。</p>
          <MatterStepButton action={registerMortgageAction} {...step} label="办理抵押登记" pendingText="登记中…" />
        </div>
      );
    case "MORTGAGE_REGISTERED":
      return (
        <div className="space-y-2">
          <p className="text-sm text-slate-900">
            抵押登记完成，不动产登记证明号：<strong data-testid="registration-no">{registrationNo}</strong>
          </p>
          <p className={note}>等待审核员复核后放款（{matter.minutesInStage} 分钟）。</p>
        </div>
      );
    case "RECHECKED":
    case "DISBURSED":
      return (
        <div className="space-y-2">
          <p className="text-sm text-emerald-700">贷款已{matter.stage === "DISBURSED" ? "放款" : "复核"}，办件完成。</p>
          {registrationNo ? <p className="text-sm">不动产登记证明号：{registrationNo}</p> : null}
        </div>
      );
  }
}
