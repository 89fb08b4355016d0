import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { getCitizenLoan } from "@/lib/loans/queries";
import { decodeParam } from "@/lib/security/headers";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { InstallmentTable } from "@/components/loans/installment-table";

export const metadata: Metadata = { title: "还款计划" };

/** The whole repayment schedule of one of the citizen's loans (the loan page lists the next periods only). */
export default async function CitizenLoanSchedulePage({ params }: { params: Promise<{ loanNo: string }> }) {
  const user = await requireRole("CITIZEN");
  const loanNo = decodeParam((await params).loanNo);
  if (loanNo === null || !user.depositorId) notFound();
  // Ownership is part of the query: another citizen's loan number is simply not found.
  const loan = await getCitizenLoan(loanNo, user.depositorId, { kind: "all" });
  if (!loan) notFound();
  return (
    <>
      <PageTitle
        subtitle={
          <Link href={`/portal/loans/${encodeURIComponent(loan.loanNo)}`} className="text-sky-700 underline">
            返回贷款 {loan.loanNo}
          </Link>
        }
      >
        还款计划 {loan.loanNo}
      </PageTitle>
      <Card id="schedule" title={`还款计划（共 ${loan.installmentCount} 期，利息合计 ${loan.totalInterest}）`}>
        <InstallmentTable caption="还款计划" rows={loan.installments} empty="放款后生成还款计划" />
      </Card>
    </>
  );
}
