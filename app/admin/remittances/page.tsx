import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { todayInShanghai } from "@/lib/dates/calendar";
import { listOpenRemittances, listRecentReceipts } from "@/lib/remittances/queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { ImportReceiptsForm } from "@/components/remittances/import-receipts-form";
import { OpenRemittancesTable } from "@/components/remittances/open-remittances-table";
import { importReceiptsAction } from "@/app/admin/remittances/actions";

export const metadata: Metadata = { title: "汇缴到账" };

export default async function RemittanceReceiptsPage() {
  await requireRole("ADMIN");
  const [open, receipts] = await Promise.all([listOpenRemittances(), listRecentReceipts()]);
  return (
    <>
      <PageTitle subtitle="单位汇缴仅在银行到账回单的金额与付款附言相符时入账；同一笔到账只入账一次">汇缴到账</PageTitle>
      <div className="space-y-6">
        <Card id="import" title="导入银行到账回单">
          <ImportReceiptsForm importReceiptsAction={importReceiptsAction} today={todayInShanghai()} />
        </Card>
        <Card id="open" title="未入账汇缴">
          <OpenRemittancesTable rows={open} caption="待审批或待银行到账的汇缴" empty="没有未入账的汇缴" />
        </Card>
        <Card id="receipts" title="最近导入的到账">
          <DataTable
            caption="最近导入的银行到账"
            rows={receipts}
            rowKey={(r) => r.id}
            empty="尚未导入到账回单"
            columns={[
              { header: "到账日", cell: (r) => r.receivedOn },
              { header: "银行流水", cell: (r) => <span className="font-mono text-xs">{r.bankRef}</span> },
              { header: "付款人", cell: (r) => r.payerName },
              { header: "付款附言", cell: (r) => <span className="font-mono text-xs">{r.reference}</span> },
              { header: "金额", cell: (r) => r.amount, align: "right" },
              { header: "结果", cell: (r) => r.outcome },
              { header: "原因", cell: (r) => <span className="text-xs">{r.reason ?? "—"}</span> },
              { header: "导入时间", cell: (r) => r.importedAt },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
