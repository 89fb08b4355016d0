import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { getWithdrawalForStaff } from "@/lib/withdrawals/queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { Facts } from "@/components/ui/facts";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { DecideForm, PayoutForm } from "@/components/withdrawals/review-forms";
import { decideWithdrawalAction, recordPayoutAction } from "@/app/window/withdrawals/actions";

export const metadata: Metadata = { title: "提取申请" };

export default async function StaffWithdrawalPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("TELLER");
  const { id } = await params;
  const w = await getWithdrawalForStaff(id);
  if (!w) notFound();
  return (
    <>
      <PageTitle subtitle={`${w.holderName} · ${w.reason}`}>提取申请 {w.withdrawalNo}</PageTitle>
      <div className="space-y-6">
        <Card id="facts" title="申请信息">
          <Facts
            items={[
              {
                label: "状态",
                value: (
                  <Badge tone={w.status === "PAID" ? "good" : w.status === "REJECTED" || w.status === "HELD" ? "bad" : "info"}>
                    {w.statusLabel}
                  </Badge>
                ),
              },
              { label: "办结时限", value: w.late ? <Badge tone="bad">{w.decideBy} 已超时</Badge> : w.decideBy },
              { label: "申请人", value: `${w.holderName}（${w.idNumber}）` },
              { label: "公积金账号", value: w.accountNo },
              { label: "当前余额", value: w.balance },
              { label: "提取金额", value: w.amount },
              ...w.claim.map((c) => ({ label: c.label, value: c.value })),
              { label: "收款银行", value: `${w.bankName} ${w.bankAccount}` },
              { label: "渠道", value: w.presence ? `${w.channel}（本人到场核验：${w.presence}）` : w.channel },
              { label: "申请时间", value: w.submittedAt },
              { label: "受理/提交人", value: w.submittedBy ?? "—" },
              ...(w.decidedBy ? [{ label: "审批人", value: w.decidedBy }] : []),
              ...(w.paidBy ? [{ label: "支付经办人", value: w.paidBy }] : []),
              ...(w.payoutFailures ? [{ label: "银行支付失败", value: `${w.payoutFailures} 次（余额未扣减）` }] : []),
              ...(w.reviewNote ? [{ label: "审核意见", value: w.reviewNote }] : []),
              ...(w.payoutRef ? [{ label: "银行回单号", value: `${w.payoutRef}（${w.paidAt}）` }] : []),
            ]}
          />
        </Card>
        {w.flags.length ? (
          <Card id="flags" title="风险核查">
            <DataTable
              caption="风险核查发现"
              rows={w.flags}
              rowKey={(f) => f.id}
              empty="无"
              columns={[
                { header: "类型", cell: (f) => f.kind },
                { header: "发现", cell: (f) => f.reason },
                { header: "状态", cell: (f) => <Badge tone={f.status === "待核查" ? "warn" : "neutral"}>{f.status}</Badge> },
              ]}
            />
            {w.status === "HELD" ? <p className="mt-3 text-sm text-slate-600">风控专员核查完毕前不能审批；核查通过后转入待审核。</p> : null}
          </Card>
        ) : null}
        <Card id="documents" title="申请材料">
          <DataTable
            caption="申请材料"
            rows={w.documents}
            rowKey={(d) => d.id}
            empty="未上传材料"
            columns={[
              { header: "材料", cell: (d) => d.label },
              {
                header: "文件",
                cell: (d) => (
                  <a
                    className="text-sky-700 underline"
                    href={`/window/withdrawals/${w.id}/documents/${d.id}`}
                    target="_blank"
                    rel="noreferrer"
                  >
                    {d.filename}
                  </a>
                ),
              },
              { header: "大小", cell: (d) => `${Math.ceil(d.size / 1024)} KB`, align: "right" },
              { header: "SHA-256", cell: (d) => <code className="text-xs">{d.sha256.slice(0, 16)}…</code> },
              {
                header: "重复使用",
                cell: (d) => (d.sameHashElsewhere ? <Badge tone="bad">另见于 {d.sameHashElsewhere} 份申请</Badge> : "—"),
              },
            ]}
          />
        </Card>
        {w.status === "SUBMITTED" ? (
          <Card id="decide" title="审核">
            <DecideForm decideWithdrawalAction={decideWithdrawalAction} withdrawalId={w.id} version={w.version} />
          </Card>
        ) : null}
        {w.status === "APPROVED" ? (
          <Card id="payout" title="支付">
            <PayoutForm recordPayoutAction={recordPayoutAction} withdrawalId={w.id} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
