import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { bankIsSimulated, listPostedRemittances } from "@/lib/remittances/queries";
import { todayInShanghai } from "@/lib/dates/calendar";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { RemittanceUploadForm } from "@/components/remittances/upload-form";
import { SimulateTransferForm } from "@/components/remittances/simulate-transfer-form";
import { WithdrawRemittanceButton } from "@/components/remittances/withdraw-button";
import { simulateTransferAction, uploadRemittance, withdrawRemittanceAction } from "@/app/employer/remittances/actions";

export const metadata: Metadata = { title: "汇缴" };

export default async function RemittancesPage() {
  const user = await requireRole("EMPLOYER_AGENT");
  const posted = user.employerId ? await listPostedRemittances(user.employerId) : [];
  const payable = bankIsSimulated() ? posted.filter((r) => r.payable && r.paymentReference) : [];
  return (
    <>
      <PageTitle subtitle="按月上传汇缴文件：任何一行有误则整份文件不入账；银行到账后才记入职工账户">汇缴</PageTitle>
      <div className="space-y-6">
        <Card id="upload" title="上传汇缴文件">
          <p className="mb-4 text-sm text-slate-600">
            文件为 UTF-8 编码的 CSV，表头依次为：身份证号、姓名、缴存基数、单位比例、个人比例。
            <a href="/employer/remittances/template" className="ml-1 text-sky-700 underline">
              下载本单位汇缴模板
            </a>
            ，或
            <Link href="/employer/remittances/edit" className="ml-1 text-sky-700 underline">
              在线录入
            </Link>
            。提交后请按合计金额银行转账，付款附言填写系统给出的编号。
          </p>
          <RemittanceUploadForm uploadRemittance={uploadRemittance} defaultMonth={todayInShanghai().slice(0, 7)} />
        </Card>
        <Card id="posted" title="已汇缴记录">
          <DataTable
            caption="本单位通过本系统汇缴的月份"
            rows={posted}
            rowKey={(r) => r.id}
            empty="暂无通过本系统汇缴的记录"
            columns={[
              { header: "汇缴月份", cell: (r) => r.month },
              { header: "人数", cell: (r) => r.rowCount, align: "right" },
              { header: "合计", cell: (r) => r.total, align: "right" },
              { header: "付款附言", cell: (r) => <span className="font-mono text-xs">{r.paymentReference ?? "—"}</span> },
              { header: "状态", cell: (r) => r.statusLabel },
              {
                header: "说明",
                cell: (r) => (
                  <span className="text-xs">
                    {r.backPayReason ? `补缴原因：${r.backPayReason}` : ""}
                    {r.backPayReason && r.note ? "；" : ""}
                    {r.note ?? ""}
                  </span>
                ),
              },
              { header: "方式", cell: (r) => r.source },
              { header: "提交时间", cell: (r) => r.postedAt },
              { header: "入账时间", cell: (r) => r.creditedAt ?? "—" },
              {
                header: "操作",
                cell: (r) =>
                  r.payable ? (
                    <WithdrawRemittanceButton withdrawRemittanceAction={withdrawRemittanceAction} remittanceId={r.id} month={r.month} />
                  ) : null,
              },
            ]}
          />
        </Card>
        {payable.length ? (
          <Card id="bank" title="模拟银行转账">
            <p className="mb-4 text-sm text-slate-600">
              演示环境使用模拟银行：在此代替单位网银向中心转账。转账只进入银行当日到账回单，中心工作人员导入回单、金额与附言相符后才入账。
            </p>
            <div className="space-y-6">
              {payable.map((r) => (
                <div key={r.id}>
                  <h3 className="mb-2 text-sm font-medium text-slate-800">
                    {r.month} 应缴 {r.total}（{r.statusLabel}）
                  </h3>
                  <SimulateTransferForm
                    simulateTransferAction={simulateTransferAction}
                    remittanceId={r.id}
                    month={r.month}
                    reference={r.paymentReference!}
                    total={r.totalPlain}
                  />
                </div>
              ))}
            </div>
          </Card>
        ) : null}
      </div>
    </>
  );
}
