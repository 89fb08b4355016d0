import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { getFlagDetail } from "@/lib/fraud/flag-detail";
import { activeBanFor, getBlacklistYears } from "@/lib/fraud/queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { Facts } from "@/components/ui/facts";
import { Badge } from "@/components/ui/badge";
import { RiskNav } from "@/components/fraud/risk-nav";
import { ClaimsSideBySide } from "@/components/fraud/claims-side-by-side";
import { ResolveFlagForm } from "@/components/fraud/resolve-form";
import { resolveFlagAction } from "@/app/risk/fraud/[id]/actions";

export const metadata: Metadata = { title: "风险预警" };

export default async function FlagPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("RISK_OFFICER", "ADMIN");
  const { id } = await params;
  const flag = await getFlagDetail(id);
  if (!flag) notFound();
  const [ban, years] = await Promise.all([activeBanFor(flag.person.idNumber), getBlacklistYears()]);
  return (
    <>
      <PageTitle subtitle={`${flag.person.name} · ${flag.reason}`}>风险预警：{flag.kindLabel}</PageTitle>
      <RiskNav current="/risk/fraud" />
      <div className="space-y-6">
        <Card id="flag" title="预警信息">
          <Facts
            items={[
              {
                label: "状态",
                value: (
                  <Badge tone={flag.status === "OPEN" ? "warn" : flag.status === "CONFIRMED" ? "bad" : "neutral"}>{flag.statusLabel}</Badge>
                ),
              },
              { label: "发现时间", value: flag.createdAt },
              { label: "当事人", value: `${flag.person.name}（${flag.person.idNumber}）` },
              { label: "经办", value: flag.handler },
              { label: "失信黑名单", value: ban ? <Badge tone="bad">{`在册至 ${ban.endsOn}：${ban.reason}`}</Badge> : "未在册" },
              ...(flag.withdrawal
                ? [
                    {
                      label: "提取申请",
                      value: `${flag.withdrawal.withdrawalNo} ${flag.withdrawal.reason} ${flag.withdrawal.amount}（${flag.withdrawal.status}）`,
                    },
                  ]
                : [{ label: "提取申请", value: "已当场拒绝受理" }]),
              ...(flag.resolution ? [{ label: "处理结果", value: flag.resolution }] : []),
            ]}
          />
        </Card>
        {flag.claims.length ? (
          <Card id="claims" title="病历资料对照">
            <ClaimsSideBySide claims={flag.claims} />
          </Card>
        ) : null}
        {flag.evidence.length ? (
          <Card id="evidence" title="核验证据">
            <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2">
              {flag.evidence.map((e) => (
                <div key={e.label}>
                  <dt className="text-xs text-slate-500">{e.label}</dt>
                  <dd className={`mt-0.5 text-sm ${e.bad ? "font-medium text-red-700" : "text-slate-900"}`}>{e.value}</dd>
                </div>
              ))}
            </dl>
          </Card>
        ) : null}
        {flag.status === "OPEN" ? (
          <Card id="resolve" title="核查处理">
            {flag.withdrawal?.held ? (
              <p className="mb-3 text-sm text-slate-600">排除风险后，该提取申请转入待审核；确认欺诈后，该申请不予批准。</p>
            ) : null}
            <ResolveFlagForm action={resolveFlagAction} flagId={flag.id} defaultYears={years} defaultReason={flag.reason} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
