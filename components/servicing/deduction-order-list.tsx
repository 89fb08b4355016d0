import type { LoanServicingView } from "@/lib/servicing/queries";

/** The deduction order (还款冲抵顺序) as the center applies it to every payment, first to last. */
export function DeductionOrderList({ order }: { order: LoanServicingView["deductionOrder"] }) {
  return (
    <div className="text-sm text-slate-700">
      <p>每笔还款（含按月扣划和在线还款）按以下顺序冲抵，前一项还清后才冲抵下一项：</p>
      <ol className="mt-2 list-decimal space-y-1 pl-6" aria-label="还款冲抵顺序">
        {order.map((o) => (
          <li key={o.bucket}>{o.label}</li>
        ))}
      </ol>
    </div>
  );
}
