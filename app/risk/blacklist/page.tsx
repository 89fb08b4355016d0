import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { listBlacklist } from "@/lib/fraud/blacklist-queries";
import { getBlacklistYears } from "@/lib/fraud/queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import { RiskNav } from "@/components/fraud/risk-nav";
import { FilterBar, FilterInput } from "@/components/fraud/filter-bar";
import { AddBlacklistForm, BlacklistYearsForm, LiftBanForm } from "@/components/fraud/blacklist-forms";
import { addToBlacklistAction, liftBanAction, setBlacklistYearsAction } from "@/app/risk/blacklist/actions";

export const metadata: Metadata = { title: "失信黑名单" };

export default async function BlacklistPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const user = await requireRole("RISK_OFFICER", "ADMIN");
  const admin = user.roles.includes("ADMIN");
  const { q } = await searchParams;
  const [rows, years] = await Promise.all([listBlacklist(q?.slice(0, 40)), getBlacklistYears()]);
  const active = rows.filter((r) => r.state === "ACTIVE").length;
  return (
    <>
      <PageTitle subtitle={`生效中 ${active} 人；在册期间不得办理住房公积金提取和贷款，新列入期限 ${years} 年`}>失信黑名单</PageTitle>
      <RiskNav current="/risk/blacklist" />
      <div className="space-y-6">
        <Card id="add" title="列入黑名单">
          <AddBlacklistForm action={addToBlacklistAction} defaultYears={years} />
        </Card>
        {admin ? (
          <Card id="settings" title="黑名单期限">
            <BlacklistYearsForm action={setBlacklistYearsAction} years={years} />
          </Card>
        ) : null}
        <Card
          id="list"
          title={`黑名单（${rows.length}）`}
          actions={
            <FilterBar action="/risk/blacklist" label="黑名单查询">
              <FilterInput name="q" label="姓名或身份证号" defaultValue={q} width="w-48" />
            </FilterBar>
          }
        >
          <DataTable
            caption="失信黑名单"
            rows={rows}
            rowKey={(r) => r.id}
            empty="黑名单中暂无人员"
            columns={[
              { header: "姓名", cell: (r) => `${r.name}（${r.idNumber}）` },
              { header: "原因", cell: (r) => r.reason },
              { header: "证据", cell: (r) => r.evidence },
              { header: "决定人", cell: (r) => r.decidedBy },
              { header: "期限", cell: (r) => `${r.startsOn} 至 ${r.endsOn}` },
              { header: "拒绝办理", cell: (r) => `${r.refusals} 次`, align: "right" },
              { header: "状态", cell: (r) => <Badge tone={r.state === "ACTIVE" ? "bad" : "neutral"}>{r.stateLabel}</Badge> },
              {
                header: admin ? "解除（须填写原因）" : "解除",
                cell: (r) =>
                  r.lifted ? (
                    r.lifted
                  ) : r.state === "ACTIVE" && admin ? (
                    <LiftBanForm action={liftBanAction} entryId={r.id} name={r.name} />
                  ) : r.state === "ACTIVE" ? (
                    "须系统管理员解除"
                  ) : (
                    "—"
                  ),
              },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
