import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { getCitizenLoan, UPCOMING_PERIODS } from "@/lib/loans/queries";
import { findCitizenLoanRef, loanServicingView } from "@/lib/servicing/queries";
import { getStageGuaranteeForLoan } from "@/lib/projects/guarantee-queries";
import { StageGuaranteeCard } from "@/components/projects/stage-guarantee-facts";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { Facts } from "@/components/ui/facts";
import { InstallmentTable } from "@/components/loans/installment-table";
import { ServicingSections } from "@/components/servicing/servicing-sections";
import {
  markNoticeReadAction,
  payOffAction,
  prepayAction,
  repayOnlineAction,
  revokeAuthorizationAction,
  signAuthorizationAction,
} from "./actions";

import { decodeParam } from "@/lib/security/headers";
import { listSignedContracts } from "@/lib/contracts/contract-file";
import { SignedContracts } from "@/components/loans/signed-contracts";
import { DownloadLinks } from "@/components/exports/download-links";

export const metadata: Metadata = { title: "我的贷款" };

type Search = { repaid?: string; prepaid?: string; paidOff?: string; authorized?: string; revoked?: string };

export default async function CitizenLoanPage({
  params,
  searchParams,
}: {
  params: Promise<{ loanNo: string }>;
  searchParams: Promise<Search>;
}) {
  const user = await requireRole("CITIZEN");
  const { loanNo: raw } = await params;
  const loanNo = decodeParam(raw);
  if (loanNo === null) notFound();
  // Ownership is part of the query: another citizen's loan number is simply not found.
  const [loan, ref] = user.depositorId
    ? await Promise.all([
        getCitizenLoan(loanNo, user.depositorId, { kind: "upcoming", count: UPCOMING_PERIODS }),
        findCitizenLoanRef(loanNo, user.depositorId),
      ])
    : [null, null];
  if (!loan || !ref) notFound();
  const [view, guarantee, contracts] = await Promise.all([
    loanServicingView(ref.id),
    getStageGuaranteeForLoan(ref.id),
    listSignedContracts(loan.loanNo, user.depositorId!),
  ]);
  const search = await searchParams;
  return (
    <>
      <PageTitle
        subtitle={
          <Link href="/portal" className="text-sky-700 underline">
            返回我的公积金
          </Link>
        }
      >
        贷款 {loan.loanNo}
      </PageTitle>
      <div className="space-y-6">
        <Card id="loan" title="贷款概况">
          <Facts
            items={[
              { label: "借款人", value: loan.asCoBorrower ? `${loan.borrowerName}（您为共同借款人）` : loan.borrowerName },
              { label: "贷款金额", value: loan.principal },
              { label: "剩余本金", value: loan.outstanding },
              { label: "年利率", value: loan.annualRate },
              { label: "期限", value: `${loan.termMonths} 个月` },
              { label: "还款方式", value: loan.methodLabel },
              { label: "状态", value: loan.statusLabel },
              { label: "放款日期", value: loan.disbursedOn ?? "尚未放款" },
              { label: "抵押房产", value: loan.address },
              {
                label: "不动产登记证明号",
                value: loan.mortgageRegistrationNo ? `${loan.mortgageRegistrationNo}（${loan.mortgageStatusLabel}）` : "尚未登记",
              },
              { label: "利息合计", value: loan.totalInterest },
            ]}
          />
        </Card>
        <StageGuaranteeCard guarantee={guarantee} title="开发商阶段性担保" />
        <ServicingSections
          view={view}
          isBorrower={ref.isBorrower}
          search={search}
          formKeys={{ repay: randomUUID(), prepay: randomUUID(), payoff: randomUUID() }}
          actions={{
            repay: repayOnlineAction.bind(null, loan.loanNo),
            prepay: prepayAction.bind(null, loan.loanNo),
            payoff: payOffAction.bind(null, loan.loanNo),
            sign: signAuthorizationAction.bind(null, loan.loanNo),
            revoke: revokeAuthorizationAction.bind(null, loan.loanNo),
            markNoticeRead: markNoticeReadAction.bind(null, loan.loanNo),
          }}
        />
        <Card id="contracts" title="已签订的合同">
          <SignedContracts loanNo={loan.loanNo} contracts={contracts} />
        </Card>
        <Card
          id="statement"
          title="还款明细下载"
          actions={<DownloadLinks href={`/portal/loans/${encodeURIComponent(loan.loanNo)}/history`} what="还款明细" />}
        >
          <p className="text-sm text-slate-600">全部还款记录（日期、流水号、方式、本金、利息、罚息及合计），CSV 可用表格软件打开。</p>
        </Card>
        <Card id="schedule" title={`近期还款计划（共 ${loan.installmentCount} 期）`}>
          <InstallmentTable
            caption="近期待还期次"
            rows={loan.installments}
            empty={loan.installmentCount === 0 ? "放款后生成还款计划" : "已无待还期次"}
          />
          {loan.installmentCount > 0 && (
            <p className="mt-3">
              <Link href={`/portal/loans/${encodeURIComponent(loan.loanNo)}/schedule`} className="text-sky-700 underline">
                查看完整还款计划（共 {loan.installmentCount} 期）
              </Link>
            </p>
          )}
        </Card>
      </div>
    </>
  );
}
