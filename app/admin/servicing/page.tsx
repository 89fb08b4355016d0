import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { COLLECTION_ACTION_LABELS } from "@/lib/servicing/escalation";
import { getServicingSettings } from "@/lib/servicing/servicing-settings";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PenaltyRuleForm } from "@/components/admin/penalty-rule-form";
import { DeductionOrderForm } from "@/components/admin/deduction-order-form";
import { saveDeductionOrderAction, savePenaltyRuleAction } from "@/app/admin/servicing/actions";

export const metadata: Metadata = { title: "贷后管理设置" };

export default async function ServicingSettingsPage() {
  await requireRole("ADMIN");
  const settings = await getServicingSettings();
  return (
    <>
      <PageTitle
        subtitle={
          <>
            罚息规则与还款冲抵顺序，自下一次
            <Link className="text-sky-700 underline" href="/admin/batch">
              日终批处理
            </Link>
            起生效
          </>
        }
      >
        贷后管理设置
      </PageTitle>
      <div className="space-y-6">
        <Card id="penalty-rule" title="罚息规则">
          <PenaltyRuleForm savePenaltyRuleAction={savePenaltyRuleAction} current={settings.penaltyRule} />
        </Card>
        <Card id="deduction-order" title="还款冲抵顺序">
          <DeductionOrderForm saveDeductionOrderAction={saveDeductionOrderAction} current={settings.deductionOrder} />
        </Card>
        <Card id="escalation" title="催收升级策略（现行）">
          <DataTable
            caption="催收升级策略"
            rows={settings.escalationPolicy.tiers}
            rowKey={(t) => t.code}
            empty="未设置"
            columns={[
              { header: "级别", cell: (t) => t.label },
              {
                header: "适用条件",
                cell: (t) =>
                  [
                    `逾期${t.minOverduePeriods}${t.maxOverduePeriods === undefined ? "期以上" : t.maxOverduePeriods === t.minOverduePeriods ? "期" : `至${t.maxOverduePeriods}期`}`,
                    t.minConsecutiveOverduePeriods ? `或连续逾期${t.minConsecutiveOverduePeriods}期` : null,
                  ]
                    .filter(Boolean)
                    .join(""),
              },
              { header: "建议措施", cell: (t) => t.actions.map((a) => COLLECTION_ACTION_LABELS[a]).join("、") },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
