import Link from "next/link";
import type { TProjectFilters } from "@/lib/projects/schemas";
import { ADMISSION_STATUSES, ADMISSION_STATUS_LABELS, CONSTRUCTION_STATUSES, CONSTRUCTION_STATUS_LABELS, DISTRICTS } from "@/lib/projects/labels";

const select = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

function Select({ name, label, value, options }: { name: string; label: string; value?: string; options: { value: string; label: string }[] }) {
  return (
    <label className="block text-sm text-slate-700">
      {label}
      <select name={name} defaultValue={value ?? ""} className={select}>
        <option value="">全部</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The list's filters as a plain GET form: the URL holds the filter, so it can be bookmarked. */
export function ProjectFilters({ filters, developers }: { filters: TProjectFilters; developers: { value: string; label: string }[] }) {
  return (
    <form method="get" role="search" aria-label="筛选楼盘" className="grid grid-cols-1 items-end gap-3 sm:grid-cols-3 lg:grid-cols-6">
      <label className="block text-sm text-slate-700 lg:col-span-2">
        搜索（名称、编号、坐落、开发商）
        <input name="q" defaultValue={filters.q ?? ""} className={select} />
      </label>
      <Select name="developer" label="开发商" value={filters.developer} options={developers} />
      <Select name="district" label="所在区" value={filters.district} options={DISTRICTS.map((d) => ({ value: d, label: d }))} />
      <Select name="admission" label="准入状态" value={filters.admission} options={ADMISSION_STATUSES.map((s) => ({ value: s, label: ADMISSION_STATUS_LABELS[s] }))} />
      <Select name="construction" label="建设状态" value={filters.construction} options={CONSTRUCTION_STATUSES.map((s) => ({ value: s, label: CONSTRUCTION_STATUS_LABELS[s] }))} />
      <div className="flex gap-2 lg:col-span-6">
        <button type="submit" className="rounded-md bg-sky-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-sky-800">
          筛选
        </button>
        <Link href="/admin/projects" className="rounded-md border border-slate-300 px-4 py-1.5 text-sm text-slate-700 hover:bg-slate-50">
          清除
        </Link>
      </div>
    </form>
  );
}
