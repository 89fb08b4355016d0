import Link from "next/link";
import type { TLedgerFilter } from "@/lib/collections/schemas";
import { AGING_BUCKETS, AGING_BUCKET_LABELS } from "@/lib/collections/labels";
import { FILTER_CONTROL, FilterSelect } from "@/components/forms/filter-select";

/** The ledger's filters as a plain GET form: the URL holds the filter, so it can be shared and works without JavaScript. */
export function LedgerFilters({ filter, collectors }: { filter: TLedgerFilter; collectors: { id: string; name: string }[] }) {
  return (
    <form method="get" role="search" aria-label="筛选清收案件" className="grid grid-cols-2 items-end gap-3 sm:grid-cols-3 lg:grid-cols-6">
      <FilterSelect
        formId="ledger"
        name="scope"
        label="范围"
        value={filter.scope}
        options={[
          { value: "all", label: "全部案件" },
          { value: "mine", label: "我的案件" },
        ]}
      />
      <FilterSelect
        formId="ledger"
        name="status"
        label="状态"
        value={filter.status}
        options={[
          { value: "open", label: "清收中" },
          { value: "closed", label: "已销号" },
          { value: "all", label: "全部" },
        ]}
      />
      <FilterSelect
        formId="ledger"
        name="bucket"
        label="账龄"
        value={filter.bucket ?? ""}
        options={[{ value: "", label: "全部账龄" }, ...AGING_BUCKETS.map((b) => ({ value: b, label: AGING_BUCKET_LABELS[b] }))]}
      />
      <FilterSelect
        formId="ledger"
        name="collector"
        label="清收人员"
        value={filter.collector ?? ""}
        options={[
          { value: "", label: "全部人员" },
          ...collectors.map((c) => ({ value: c.id, label: c.name })),
          { value: "none", label: "未分配" },
        ]}
      />
      <div>
        <label htmlFor="ledger-q" className="block text-xs font-medium text-slate-600">
          贷款编号/借款人姓名/身份证号
        </label>
        <input id="ledger-q" name="q" type="search" defaultValue={filter.q ?? ""} className={FILTER_CONTROL} />
      </div>
      <div className="flex gap-2">
        <button type="submit" className="rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800">
          筛选
        </button>
        <Link href="/risk/collections" className="rounded-md border border-slate-300 px-3 py-2 text-sm text-slate-700 hover:bg-slate-50">
          重置
        </Link>
      </div>
    </form>
  );
}
