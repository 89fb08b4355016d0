import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { getParameters, type VersionRowDto } from "@/lib/settings/parameter-queries";
import { PARAMETER_KEYS } from "@/lib/settings/versioned";
import { boundsText } from "@/lib/employers/rate-bounds";
import { MAX_TIERS, RENT_REASONS } from "@/lib/settings/parameter-forms";
import { COLLECTION_ACTION_LABELS, type CollectionAction } from "@/lib/servicing/escalation";
import { REASON_CODES, REASON_RULES } from "@/lib/withdrawals/reasons";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import { SpecForm, type FieldSpec } from "@/components/staff/spec-form";
import {
  publishEscalationAction,
  publishInterestRateAction,
  publishReasonRulesAction,
  publishWageBoundsAction,
  publishRateBoundsAction,
} from "@/app/admin/parameters/actions";

export const metadata: Metadata = { title: "业务参数" };

const ACTION_OPTIONS = (Object.keys(COLLECTION_ACTION_LABELS) as CollectionAction[]).map((a) => ({
  value: a,
  label: COLLECTION_ACTION_LABELS[a],
}));

function History({ caption, rows }: { caption: string; rows: VersionRowDto[] }) {
  return (
    <details className="mt-4">
      <summary className="cursor-pointer text-sm text-sky-800">历史版本（{rows.length}）</summary>
      <DataTable
        caption={caption}
        rows={rows}
        rowKey={(r) => r.id}
        empty="尚无发布的版本，现行为系统默认值"
        columns={[
          { header: "版本", cell: (r) => `第 ${r.version} 版`, align: "right" },
          {
            header: "生效日期",
            cell: (r) =>
              r.inForce ? (
                <>
                  {r.effectiveFrom} <Badge tone="good">现行</Badge>
                </>
              ) : (
                r.effectiveFrom
              ),
          },
          { header: "发布", cell: (r) => `${r.by} ${r.at}` },
          { header: "说明", cell: (r) => r.note },
          { header: "内容", cell: (r) => <code className="break-all text-xs">{r.value}</code> },
        ]}
      />
    </details>
  );
}

const dated = (today: string): FieldSpec[] => [
  { kind: "date", name: "effectiveFrom", label: "生效日期（不早于今天）", defaultValue: today },
  { kind: "text", name: "note", label: "说明（可选）" },
];

export default async function ParametersPage() {
  await requireRole("ADMIN");
  const p = await getParameters();
  const tierFields: FieldSpec[] = p.escalation.tiers.slice(0, MAX_TIERS).flatMap((t, i): FieldSpec[] => [
    { kind: "hidden", name: `t${i}.code`, value: t.code },
    { kind: "text", name: `t${i}.label`, label: `第${i + 1}档名称`, defaultValue: t.label },
    { kind: "text", name: `t${i}.min`, label: `第${i + 1}档最少逾期期数`, inputMode: "numeric", defaultValue: String(t.minOverduePeriods) },
    {
      kind: "text",
      name: `t${i}.max`,
      label: `第${i + 1}档最多逾期期数（可留空）`,
      inputMode: "numeric",
      defaultValue: t.maxOverduePeriods?.toString() ?? "",
    },
    {
      kind: "text",
      name: `t${i}.consecutive`,
      label: `第${i + 1}档连续逾期达到期数（可留空）`,
      inputMode: "numeric",
      defaultValue: t.minConsecutiveOverduePeriods?.toString() ?? "",
    },
    { kind: "checkboxes", name: `t${i}.actions`, legend: `第${i + 1}档催收措施`, options: ACTION_OPTIONS, checked: t.actions },
  ]);
  const reasonFields: FieldSpec[] = REASON_CODES.flatMap((code): FieldSpec[] => {
    const f = p.reasons.reasons[code]!;
    const name = `${code} ${REASON_RULES[code].label}`;
    return [
      {
        kind: "text",
        name: `r${code}.maxTimes`,
        label: `${name}：最多次数（留空不限）`,
        inputMode: "numeric",
        defaultValue: f.frequency?.maxTimes.toString() ?? "",
      },
      {
        kind: "text",
        name: `r${code}.perMonths`,
        label: `${name}：期间（月）`,
        inputMode: "numeric",
        defaultValue: f.frequency?.perMonths.toString() ?? "",
      },
      ...(RENT_REASONS.includes(code) && f.rent
        ? ([
            {
              kind: "text",
              name: `r${code}.monthlyCap`,
              label: `${name}：每月限额（元）`,
              inputMode: "decimal",
              defaultValue: f.rent.monthlyCap,
            },
            {
              kind: "text",
              name: `r${code}.maxMonths`,
              label: `${name}：一次最多提取月数`,
              inputMode: "numeric",
              defaultValue: String(f.rent.maxMonths),
            },
          ] satisfies FieldSpec[])
        : []),
    ];
  });
  return (
    <>
      <PageTitle subtitle={`按版本发布、自生效日期起适用，历史版本保留；今天是 ${p.today}`}>业务参数</PageTitle>
      <div className="space-y-6">
        <Card
          id="wages"
          title={`缴存基数上下限（现行：最低工资 ${p.wages.minimumWage} 元，平均工资 ${p.wages.averageWage} 元，基数上限 ${p.wages.maxBase} 元）`}
        >
          <SpecForm
            id="wages"
            action={publishWageBoundsAction}
            submitLabel="发布新版本"
            fields={[
              {
                kind: "text",
                name: "minimumWage",
                label: "当地最低工资（元，基数下限）",
                inputMode: "decimal",
                defaultValue: p.wages.minimumWage,
              },
              {
                kind: "text",
                name: "averageWage",
                label: "上年职工月平均工资（元，基数上限为其3倍）",
                inputMode: "decimal",
                defaultValue: p.wages.averageWage,
              },
              ...dated(p.today),
            ]}
          />
          <History caption="缴存基数上下限历史版本" rows={p.history[PARAMETER_KEYS.wageBounds]} />
        </Card>
        <Card id="rate-bounds" title={`缴存比例上下限（现行：${boundsText(p.rateBounds)}）`}>
          <p className="mb-3 text-sm text-slate-600">
            适用于单位开户、缴存比例调整和汇缴申报。调整上下限不溯及既往：现行比例超出新上下限的单位保留现行比例，
            照常汇缴，直至下次调整比例；下次调整（及新开户单位）须在届时有效的上下限之内。
          </p>
          <SpecForm
            id="rate-bounds"
            action={publishRateBoundsAction}
            submitLabel="发布新版本"
            fields={[
              { kind: "text", name: "min", label: "缴存比例下限（%）", inputMode: "decimal", defaultValue: p.rateBounds.min },
              { kind: "text", name: "max", label: "缴存比例上限（%）", inputMode: "decimal", defaultValue: p.rateBounds.max },
              ...dated(p.today),
            ]}
          />
          <History caption="缴存比例上下限历史版本" rows={p.history[PARAMETER_KEYS.rateBounds]} />
        </Card>
        <Card id="rate" title={`个人住房公积金存款年利率（现行 ${p.interestRatePercent}%，按6月30日结息日的版本计息）`}>
          <SpecForm
            id="rate"
            action={publishInterestRateAction}
            submitLabel="发布新版本"
            fields={[
              { kind: "text", name: "ratePercent", label: "年利率（%）", inputMode: "decimal", defaultValue: p.interestRatePercent },
              ...dated(p.today),
            ]}
          />
          <History caption="存款利率历史版本" rows={p.history[PARAMETER_KEYS.interestRate]} />
        </Card>
        <Card id="escalation" title="逾期催收升级规则">
          <SpecForm id="escalation" action={publishEscalationAction} submitLabel="发布新版本" fields={[...tierFields, ...dated(p.today)]} />
          <History caption="催收升级规则历史版本" rows={p.history[PARAMETER_KEYS.escalationPolicy]} />
        </Card>
        <Card id="reasons" title="提取原因规则（次数与租房限额；材料与提取方式见代码表204008）">
          <SpecForm
            id="reasons"
            action={publishReasonRulesAction}
            submitLabel="发布新版本"
            columns={2}
            fields={[...reasonFields, ...dated(p.today)]}
          />
          <History caption="提取原因规则历史版本" rows={p.history[PARAMETER_KEYS.reasonRules]} />
        </Card>
      </div>
    </>
  );
}
