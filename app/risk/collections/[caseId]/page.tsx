import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { getCollectionCase } from "@/lib/collections/case-queries";
import { instantToShanghaiLocal } from "@/lib/dates/business-day";
import { listCollectors } from "@/lib/collections/ledger-queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { Facts } from "@/components/ui/facts";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { ContactForm } from "@/components/collections/contact-form";
import { ContactLog } from "@/components/collections/contact-log";
import { GuarantorForm } from "@/components/collections/guarantor-form";
import { IssueNoticeForm } from "@/components/collections/issue-notice-form";
import { ReassignForm } from "@/components/collections/reassign-form";
import { addGuarantorAction, issueNoticeAction, logContactAction, reassignCollectorAction } from "@/app/risk/collections/[caseId]/actions";

export const metadata: Metadata = { title: "清收案件" };

export default async function CollectionCasePage({
  params,
  searchParams,
}: {
  params: Promise<{ caseId: string }>;
  searchParams: Promise<{ notice?: string }>;
}) {
  const user = await requireRole("RISK_OFFICER", "ADMIN");
  const { caseId } = await params;
  const { notice: justIssued } = await searchParams;
  const now = new Date();
  const c = await getCollectionCase(caseId, now);
  if (!c) notFound();
  const isAdmin = user.roles.includes("ADMIN");
  const collectors = isAdmin ? (await listCollectors()).filter((x) => x.active) : [];
  const a = c.arrears;
  const pdfHref = (noticeNo: string) => `/risk/collections/${c.id}/notices/${noticeNo}/pdf`;

  return (
    <>
      <PageTitle subtitle={`${c.borrower.name} · ${c.statusLabel}`}>清收案件 {c.loan.loanNo}</PageTitle>
      <p className="-mt-4 mb-6 text-sm">
        <Link href="/risk/collections" className="text-sky-800 underline">
          返回清收台账
        </Link>
      </p>
      <div className="space-y-6">
        <Card id="case" title="案件概况">
          <Facts
            items={[
              { label: "状态", value: <Badge tone={c.open ? "warn" : "good"}>{c.statusLabel}</Badge> },
              { label: "清收人员", value: c.collector?.name ?? "未分配" },
              { label: "立案日期", value: c.openedOn },
              { label: "立案时逾期期数", value: `${c.overduePeriodsAtOpen} 期` },
              ...(c.closedOn ? [{ label: "销号日期", value: c.closedOn }] : []),
            ]}
          />
          {c.open ? (
            <div className="mt-4">
              <ReassignForm
                reassignCollectorAction={reassignCollectorAction}
                caseId={c.id}
                currentCollectorId={c.collector?.id ?? null}
                viewerId={user.id}
                mayAssign={isAdmin}
                mayTakeOver={user.roles.includes("RISK_OFFICER")}
                collectors={collectors}
              />
            </div>
          ) : null}
        </Card>

        <Card id="parties" title="贷款与借款人">
          <Facts
            items={[
              { label: "贷款编号", value: c.loan.loanNo },
              { label: "借款合同编号", value: c.loan.contractNo ?? "—" },
              { label: "贷款状态", value: c.loan.statusLabel },
              { label: "贷款金额", value: c.loan.principal },
              { label: "剩余本金", value: c.loan.outstanding },
              { label: "年利率 / 期限", value: `${c.loan.annualRate} / ${c.loan.termMonths} 个月` },
              { label: "抵押房屋", value: c.loan.address },
              { label: "借款人", value: `${c.borrower.name}（${c.borrower.idNumber}）` },
              { label: "借款人电话", value: c.borrower.phone },
              { label: "工作单位", value: c.borrower.employer?.name ?? "—" },
              { label: "单位电话", value: c.borrower.employer?.phone ?? "—" },
              { label: "单位地址", value: c.borrower.employer?.address ?? "—" },
              { label: "共同借款人", value: c.coBorrower ? `${c.coBorrower.name}（${c.coBorrower.idNumber}）` : "无" },
              ...(c.coBorrower ? [{ label: "共同借款人电话", value: c.coBorrower.phone }] : []),
            ]}
          />
        </Card>

        <Card id="arrears" title={`逾期欠款（截至 ${a.businessDate}）`}>
          <Facts
            items={[
              { label: "逾期期数", value: `${a.overduePeriods} 期（连续 ${a.consecutiveOverduePeriods} 期）` },
              { label: "逾期天数", value: `${a.daysOverdue} 天` },
              { label: "逾期本金", value: a.overduePrincipal },
              { label: "逾期利息", value: a.overdueInterest },
              { label: "应付罚息", value: a.penaltyOwed },
              { label: "合计应还", value: a.totalDue },
            ]}
          />
          <div className="mt-4">
            <DataTable
              caption="逾期期次"
              rows={a.installments}
              rowKey={(i) => String(i.seq)}
              empty="没有逾期期次"
              columns={[
                { header: "期次", cell: (i) => `第 ${i.seq} 期` },
                { header: "应还日", cell: (i) => i.dueDate },
                { header: "未还本金", cell: (i) => i.principal, align: "right" },
                { header: "未还利息", cell: (i) => i.interest, align: "right" },
                { header: "合计", cell: (i) => i.total, align: "right" },
                { header: "逾期天数", cell: (i) => `${i.daysOverdue} 天`, align: "right" },
              ]}
            />
          </div>
        </Card>

        <Card id="escalation" title="催收建议">
          <p className="mb-2 text-sm text-slate-700">{c.escalation.tierLabel ?? "目前没有逾期，无需催收"}</p>
          <ul className="space-y-1 text-sm">
            {c.escalation.actions.map((x) => (
              <li key={x.code} className="flex items-center gap-2">
                {x.done ? <Badge tone="good">已执行</Badge> : <Badge tone="warn">待执行</Badge>}
                {x.label}
              </li>
            ))}
          </ul>
        </Card>

        <Card id="notices" title="逾期贷款通知单">
          {justIssued && c.notices.some((n) => n.noticeNo === justIssued) ? (
            <p role="status" className="mb-3 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
              已出具逾期贷款通知单 {justIssued}，
              <a href={pdfHref(justIssued)} target="_blank" rel="noreferrer" className="underline">
                打开PDF打印
              </a>
            </p>
          ) : null}
          {c.open ? <IssueNoticeForm issueNoticeAction={issueNoticeAction} caseId={c.id} /> : null}
          <div className="mt-4">
            <DataTable
              caption="已出具的逾期贷款通知单"
              rows={c.notices}
              rowKey={(n) => n.noticeNo}
              empty="尚未出具通知单"
              columns={[
                { header: "通知单编号", cell: (n) => n.noticeNo },
                { header: "出具日期", cell: (n) => n.issuedOn },
                { header: "限还日期", cell: (n) => n.payBy },
                { header: "合计应还", cell: (n) => n.totalDue, align: "right" },
                { header: "经办人", cell: (n) => n.issuedBy },
                { header: "借款人查阅", cell: (n) => n.readAt ?? "未查阅" },
                {
                  header: "PDF",
                  cell: (n) => (
                    <a href={pdfHref(n.noticeNo)} target="_blank" rel="noreferrer" className="text-sky-800 underline">
                      查看 {n.noticeNo} PDF
                    </a>
                  ),
                },
              ]}
            />
          </div>
        </Card>

        <Card id="contacts" title="联系记录">
          {c.open ? (
            <div className="mb-6">
              <ContactForm
                logContactAction={logContactAction}
                caseId={c.id}
                nowLocal={instantToShanghaiLocal(now)}
                today={a.businessDate}
              />
            </div>
          ) : null}
          <ContactLog contacts={c.contacts} />
        </Card>

        <Card id="guarantors" title="担保人联系方式">
          <DataTable
            caption="担保人"
            rows={c.guarantors}
            rowKey={(g) => g.id}
            empty="尚未登记担保人"
            columns={[
              { header: "姓名", cell: (g) => g.name },
              { header: "电话", cell: (g) => g.phone },
              { header: "关系", cell: (g) => g.relation },
              { header: "地址", cell: (g) => g.address ?? "—" },
            ]}
          />
          {c.open ? (
            <div className="mt-4">
              <GuarantorForm addGuarantorAction={addGuarantorAction} caseId={c.id} />
            </div>
          ) : null}
        </Card>
      </div>
    </>
  );
}
