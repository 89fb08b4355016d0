import Link from "next/link";
import type { TProjectFilters } from "@/lib/projects/schemas";
import { FILTER_CONTROL, FilterSelect } from "@/components/forms/filter-select";
import {
  ADMISSION_STATUSES,
  ADMISSION_STATUS_LABELS,
  CONSTRUCTION_STATUSES,
  CONSTRUCTION_STATUS_LABELS,
  DISTRICTS,
} from "@/lib/projects/labels";

const ALL = { value: "", label: "全部" };

/** The list's filters as a plain GET form: the URL holds the filter, so it can be bookmarked. */
export function ProjectFilters({ filters, developers }: { filters: TProjectFilters; developers: { value: string; label: string }[] }) {
  return (
    <form method="get" role="search" aria-label="筛选楼盘" className="grid grid-cols-1 items-end gap-3 sm:grid-cols-3 lg:grid-cols-6">
      <div className="lg:col-span-2">
        <label htmlFor="projects-q" className="block text-xs font-medium text-slate-600">
          搜索（名称、编号、坐落、开发商）
        </label>
        <input id="projects-q" name="q" type="search" defaultValue={filters.q ?? ""} className={FILTER_CONTROL} />
      </div>
      <FilterSelect formId="projects" name="developer" label="开发商" value={filters.developer ?? ""} options={[ALL, ...developers]} />
      <FilterSelect
        formId="projects"
        name="district"
        label="所在区"
        value={filters.district ?? ""}
        options={[ALL, ...DISTRICTS.map((d) => ({ value: d, label: d }))]}
      />
      <FilterSelect
        formId="projects"
        name="admission"
        label="准入状态"
        value={filters.admission ?? ""}
        options={[ALL, ...ADMISSION_STATUSES.map((s) => ({ value: s, label: ADMISSION_STATUS_LABELS[s] }))]}
      />
      <FilterSelect
        formId="projects"
        name="construction"
        label="建设状态"
        value={filters.construction ?? ""}
        options={[ALL, ...CONSTRUCTION_STATUSES.map((s) => ({ value: s, label: CONSTRUCTION_STATUS_LABELS[s] }))]}
      />
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
