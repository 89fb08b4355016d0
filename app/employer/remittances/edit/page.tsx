import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { remittanceDraftRows } from "@/lib/remittances/template";
import { todayInShanghai } from "@/lib/dates/calendar";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { RemittanceScreenForm } from "@/components/remittances/screen-form";
import { postScreenRemittance } from "@/app/employer/remittances/actions";

export const metadata: Metadata = { title: "在线录入汇缴" };

export default async function ScreenRemittancePage() {
  const user = await requireRole("EMPLOYER_AGENT");
  const rows = user.employerId ? await remittanceDraftRows(user.employerId) : [];
  return (
    <>
      <PageTitle subtitle="已按本单位在缴职工预填；修改后提交，任何一行有误则全部不入账">在线录入汇缴</PageTitle>
      <Card id="screen" title={`本月汇缴明细（${rows.length} 人）`}>
        {rows.length ? (
          <RemittanceScreenForm postScreenRemittance={postScreenRemittance} rows={rows} defaultMonth={todayInShanghai().slice(0, 7)} />
        ) : (
          <p className="text-sm text-slate-500">本单位暂无在缴职工。</p>
        )}
      </Card>
    </>
  );
}
