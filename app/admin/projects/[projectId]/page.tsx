import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { todayInShanghai } from "@/lib/dates/calendar";
import { getProjectDetail } from "@/lib/projects/queries";
import { admitAction, applyAction, constructionAction, rejectAction, suspendAction } from "@/app/admin/projects/[projectId]/actions";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { Facts } from "@/components/ui/facts";
import { Badge } from "@/components/ui/badge";
import { AdmissionBadge, ConstructionBadge } from "@/components/projects/status-badges";
import { AdmitForm, ApplyForm, ConstructionForm, ReasonForm } from "@/components/projects/project-step-forms";
import { InspectionList } from "@/components/projects/inspection-list";

export const metadata: Metadata = { title: "楼盘" };

/** One project: facts, the admission step for its status, construction, units, inspections, guarantees. */
export default async function ProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  await requireRole("PROJECT_OFFICER", "ADMIN");
  const { projectId } = await params;
  const p = await getProjectDetail(projectId);
  if (!p) notFound();
  const today = todayInShanghai();
  const step = { project: { id: p.id, version: p.version }, today };
  const latest = p.latestInspection;
  const inspect = (
    <Link
      className="inline-block rounded-md border border-sky-700 px-4 py-2 text-sm text-sky-800 hover:bg-sky-50"
      href={`/admin/projects/${p.id}/inspections/new`}
    >
      录入现场查勘
    </Link>
  );

  return (
    <>
      <PageTitle
        subtitle={
          <Link className="text-sky-800 underline" href="/admin/projects">
            返回楼盘列表
          </Link>
        }
      >
        {p.name} · {p.projectNo}
      </PageTitle>
      <div className="space-y-6">
        <Card id="facts" title="楼盘信息">
          <Facts
            items={[
              { label: "开发商", value: `${p.developer.name}（资质${p.developer.qualificationLevel}）` },
              { label: "统一社会信用代码", value: p.developer.creditCode },
              { label: "联系人", value: p.developer.contact },
              { label: "所在区", value: p.district },
              { label: "项目坐落", value: p.address },
              { label: "预售许可证号", value: p.presalePermitNo ?? "—" },
              { label: "准入状态", value: <AdmissionBadge status={p.admissionStatus} /> },
              { label: "建设状态", value: <ConstructionBadge status={p.constructionStatus} /> },
              { label: "准入日期 / 协议号", value: p.admittedOn ? `${p.admittedOn} / ${p.agreementNo}` : "—" },
              { label: "规划户数", value: p.plannedUnits },
              { label: "登记簿房屋 / 已贷款", value: `${p.unitCount} / ${p.soldUnits}` },
            ]}
          />
        </Card>

        <Card id="admission" title={`准入办理：${p.admissionLabel}`}>
          <div className="space-y-4">
            {latest ? (
              <p className="text-sm text-slate-700">
                最近一次现场查勘：{latest.inspectedOn}，{latest.passed ? "通过" : "不通过"}
                {latest.missing.length ? `；未满足的必备条件：${latest.missing.join("、")}` : "；必备条件全部满足"}
              </p>
            ) : (
              <p className="text-sm text-slate-700">尚无现场查勘记录。</p>
            )}
            {p.admissionStatus === "APPLIED" ? (
              <>
                <p className="text-sm text-slate-700">
                  准入申请日期 {p.pendingApplication?.appliedOn}。申请后现场查勘通过且必备条件全部满足，方可现场签订准入协议。
                </p>
                {inspect}
                <h3 className="pt-2 text-sm font-semibold text-slate-800">现场签订准入协议</h3>
                <AdmitForm action={admitAction} {...step} defaultPlace={`${p.address}（项目现场）`} />
                <h3 className="pt-2 text-sm font-semibold text-slate-800">不予准入</h3>
                <ReasonForm action={rejectAction} project={step.project} id="reject" label="不予准入原因" submitLabel="不予准入" />
              </>
            ) : p.admissionStatus === "ADMITTED" ? (
              <>
                <p className="text-sm text-slate-700">
                  已于 {p.admittedOn} 现场签订准入协议（{p.agreementNo}），可受理该楼盘的公积金新房贷款。
                </p>
                {inspect}
                <h3 className="pt-2 text-sm font-semibold text-slate-800">暂停准入</h3>
                <ReasonForm action={suspendAction} project={step.project} id="suspend" label="暂停原因" submitLabel="暂停准入" />
              </>
            ) : (
              <>
                {inspect}
                <h3 className="pt-2 text-sm font-semibold text-slate-800">登记准入申请</h3>
                <ApplyForm action={applyAction} {...step} />
              </>
            )}
          </div>
        </Card>

        <Card id="construction" title="建设进度">
          <div className="space-y-4">
            <ConstructionForm action={constructionAction} {...step} current={p.constructionStatus} />
            <DataTable
              caption="建设进度记录"
              rows={p.constructionHistory}
              rowKey={(u) => u.id}
              empty="尚无建设进度记录"
              columns={[
                { header: "日期", cell: (u) => u.asOf },
                { header: "状态", cell: (u) => <ConstructionBadge status={u.status} /> },
                { header: "说明", cell: (u) => u.note || "—" },
                { header: "登记人", cell: (u) => u.recordedBy },
              ]}
            />
          </div>
        </Card>

        <Card id="buildings" title={`楼栋（${p.buildings.length}）`}>
          <DataTable
            caption="楼栋"
            rows={p.buildings}
            rowKey={(b) => b.id}
            empty="尚无楼栋"
            columns={[
              { header: "楼栋号", cell: (b) => b.buildingNo },
              { header: "层数", cell: (b) => b.floors, align: "right" },
              { header: "规划户数", cell: (b) => b.unitCount, align: "right" },
              { header: "登记簿房屋", cell: (b) => b.registryUnits, align: "right" },
            ]}
          />
        </Card>

        <Card id="units" title={`房屋（登记簿 ${p.unitCount} 套${p.unitCount > p.units.length ? `，显示前 ${p.units.length} 套` : ""}）`}>
          <DataTable
            caption="楼盘房屋"
            rows={p.units}
            rowKey={(u) => u.id}
            empty="登记簿中尚无该楼盘的房屋"
            columns={[
              { header: "不动产单元号", cell: (u) => <span className="font-mono text-xs">{u.unitNo}</span> },
              { header: "楼栋", cell: (u) => u.buildingNo },
              { header: "坐落", cell: (u) => u.address },
              { header: "面积（㎡）", cell: (u) => u.area, align: "right" },
              { header: "状态", cell: (u) => (u.loanNo ? <Badge>已贷款 {u.loanNo}</Badge> : <Badge tone="good">可售</Badge>) },
            ]}
          />
        </Card>

        <Card id="applications" title="准入申请与协议">
          <DataTable
            caption="准入申请"
            rows={p.applications}
            rowKey={(a) => a.id}
            empty="尚无准入申请"
            columns={[
              { header: "申请编号", cell: (a) => a.applicationNo },
              { header: "申请日期", cell: (a) => a.appliedOn },
              { header: "经办人", cell: (a) => a.applicantName },
              { header: "决定", cell: (a) => `${a.decisionLabel}${a.decidedBy ? `（${a.decidedBy}，${a.decidedAt}）` : ""}` },
              {
                header: "准入协议",
                cell: (a) => (a.agreementNo ? `${a.agreementNo}，${a.agreementSignedOn} 签于 ${a.agreementPlace}` : "—"),
              },
              { header: "说明", cell: (a) => a.note ?? "—" },
            ]}
          />
        </Card>

        <Card id="inspections" title={`现场查勘记录（${p.inspections.length}）`} actions={inspect}>
          <InspectionList projectId={p.id} inspections={p.inspections} />
        </Card>

        <Card id="guarantees" title={`阶段性担保（${p.guarantees.length}）`}>
          <DataTable
            caption="阶段性担保"
            rows={p.guarantees}
            rowKey={(g) => g.id}
            empty="尚无新房贷款担保"
            columns={[
              { header: "贷款编号", cell: (g) => g.loanNo },
              { header: "借款人", cell: (g) => g.borrowerName },
              { header: "不动产单元号", cell: (g) => <span className="font-mono text-xs">{g.unitNo}</span> },
              { header: "担保金额", cell: (g) => g.amount, align: "right" },
              { header: "状态", cell: (g) => <Badge tone={g.status === "ACTIVE" ? "warn" : "good"}>{g.statusLabel}</Badge> },
              { header: "起始日", cell: (g) => g.startsOn },
              { header: "解除日", cell: (g) => g.releasedOn ?? "—" },
            ]}
          />
        </Card>

        <Card id="history" title="准入状态记录">
          <DataTable
            caption="准入状态记录"
            rows={p.history}
            rowKey={(h) => h.id}
            empty="尚无记录"
            columns={[
              { header: "时间", cell: (h) => h.at },
              { header: "变更", cell: (h) => (h.from ? `${h.from} → ${h.to}` : (h.to ?? "—")) },
              { header: "原因", cell: (h) => h.reason ?? "—" },
              { header: "经办人", cell: (h) => h.actor },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
