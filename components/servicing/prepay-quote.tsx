import { displayYuan } from "@/lib/money";
import { Facts } from "@/components/ui/facts";
import type { PrepayQuoteDto } from "@/components/servicing/prepay-state";

/** The prepayment quote (试算结果): today's charge and the schedule afterwards. */
export function PrepayQuote({ quote }: { quote: PrepayQuoteDto }) {
  const s = quote.summary;
  const first = quote.firstInstallments[0];
  return (
    <section aria-label="试算结果" className="rounded-md border border-sky-200 bg-sky-50 p-4">
      <h3 className="mb-3 text-sm font-semibold text-sky-900">试算结果（{quote.takesEffectOn} 生效）</h3>
      <Facts
        items={[
          { label: "提前归还本金", value: displayYuan(quote.amount) },
          { label: `应计利息（${quote.accruedDays} 天）`, value: displayYuan(quote.accruedInterest) },
          { label: "今日应付合计", value: <strong>{displayYuan(quote.total)}</strong> },
          { label: "还款后剩余本金", value: displayYuan(s.newPrincipal) },
          { label: "月供", value: `${displayYuan(s.oldPayment)} → ${displayYuan(s.newPayment)}` },
          { label: "剩余期数", value: `${s.oldMonths} 期 → ${s.newMonths} 期${s.monthsSaved ? `（缩短 ${s.monthsSaved} 期）` : ""}` },
          { label: "剩余利息", value: `${displayYuan(s.oldInterest)} → ${displayYuan(s.newInterest)}` },
          { label: "节省利息", value: displayYuan(s.interestSaved) },
          { label: "新计划首期", value: first ? `第 ${first.seq} 期 ${first.dueDate}：${displayYuan(first.payment)}` : "—" },
          {
            label: "新计划末期",
            value: quote.lastInstallment
              ? `第 ${quote.lastInstallment.seq} 期 ${quote.lastInstallment.dueDate}：${displayYuan(quote.lastInstallment.payment)}`
              : "—",
          },
        ]}
      />
    </section>
  );
}
