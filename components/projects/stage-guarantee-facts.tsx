import type { StageGuaranteeDto } from "@/lib/projects/guarantee-queries";
import { Facts } from "@/components/ui/facts";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

/** The developer's stage guarantee on a new-home loan: who, how much, since and until when. */
export function StageGuaranteeFacts({ guarantee: g }: { guarantee: StageGuaranteeDto }) {
  return (
    <div className="space-y-3">
      <Facts
        items={[
          { label: "担保人（开发商）", value: g.developerName },
          { label: "楼盘", value: `${g.projectName}（${g.projectNo}）` },
          { label: "准入协议号", value: g.agreementNo ?? "—" },
          { label: "担保金额", value: g.amount },
          { label: "担保状态", value: <Badge tone={g.status === "ACTIVE" ? "warn" : "good"}>{g.statusLabel}</Badge> },
          { label: "担保起始日", value: g.startsOn },
          { label: "解除日期", value: g.releasedOn ?? "抵押登记办妥后解除" },
        ]}
      />
      <p className="text-xs text-slate-500">新建商品房贷款：抵押登记办妥前由开发商承担阶段性保证责任，抵押登记完成时自动解除。</p>
    </div>
  );
}

/** The guarantee as a card of a loan page; nothing for a loan without one (not a new home). */
export function StageGuaranteeCard({
  guarantee,
  title = "开发商阶段性担保（新建商品房）",
}: {
  guarantee: StageGuaranteeDto | null;
  title?: string;
}) {
  if (!guarantee) return null;
  return (
    <Card id="guarantee" title={title}>
      <StageGuaranteeFacts guarantee={guarantee} />
    </Card>
  );
}
