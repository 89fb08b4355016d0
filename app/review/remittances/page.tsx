import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { listOpenRemittances } from "@/lib/remittances/queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { OpenRemittancesTable } from "@/components/remittances/open-remittances-table";
import { BackPaymentDecisionForm } from "@/components/remittances/back-payment-decision-form";
import { decideBackPaymentAction } from "@/app/review/remittances/actions";

export const metadata: Metadata = { title: "补缴审批" };

export default async function BackPaymentsPage() {
  await requireRole("REVIEWER");
  const [awaiting, pending] = await Promise.all([listOpenRemittances("AWAITING_APPROVAL"), listOpenRemittances("PENDING_PAYMENT")]);
  return (
    <>
      <PageTitle subtitle="单位补缴本月以前的月份须说明原因并经审批；审批人不能导入该笔到账">补缴审批</PageTitle>
      <div className="space-y-6">
        <Card id="awaiting" title="待审批的补缴">
          {awaiting.length ? (
            <ul className="space-y-6">
              {awaiting.map((r) => (
                <li key={r.id} className="space-y-2">
                  <p className="text-sm text-slate-800">
                    {r.employerName} · {r.month} · {r.rowCount} 人 · 应缴 {r.total} · 付款附言{" "}
                    <span className="font-mono">{r.paymentReference}</span>
                  </p>
                  <p className="text-sm text-slate-600">补缴原因：{r.backPayReason}</p>
                  {r.note ? <p className="text-sm text-amber-800">{r.note}</p> : null}
                  <BackPaymentDecisionForm
                    decideBackPaymentAction={decideBackPaymentAction}
                    remittanceId={r.id}
                    label={`${r.employerName} ${r.month}`}
                  />
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-500">没有待审批的补缴</p>
          )}
        </Card>
        <Card id="pending" title="待银行到账的汇缴">
          <OpenRemittancesTable rows={pending} caption="待银行到账的汇缴" empty="没有待银行到账的汇缴" />
        </Card>
      </div>
    </>
  );
}
