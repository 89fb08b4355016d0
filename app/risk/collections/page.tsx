import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { listCollectionCases, listCollectors } from "@/lib/collections/ledger-queries";
import { ZLedgerFilter, type TLedgerFilter } from "@/lib/collections/schemas";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { LedgerFilters } from "@/components/collections/ledger-filters";
import { LedgerTable } from "@/components/collections/ledger-table";

export const metadata: Metadata = { title: "逾期贷款清收台账" };

function pageHref(filter: TLedgerFilter, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, page })) if (value !== undefined && value !== "") params.set(key, String(value));
  return `/risk/collections?${params.toString()}`;
}

export default async function CollectionsLedgerPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole("RISK_OFFICER", "ADMIN");
  const raw = await searchParams;
  const filter = ZLedgerFilter.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const [ledger, collectors] = await Promise.all([listCollectionCases(filter, user.id), listCollectors()]);
  const pages = Math.max(1, Math.ceil(ledger.total / ledger.pageSize));

  return (
    <>
      <PageTitle subtitle={`截至 ${ledger.today}，逾期本息按当日未还金额计算`}>逾期贷款清收台账</PageTitle>
      <div className="space-y-6">
        <Card id="filters" title="筛选">
          <LedgerFilters filter={filter} collectors={collectors} />
        </Card>
        <Card id="ledger" title={`清收案件（${ledger.total}）`}>
          <LedgerTable rows={ledger.rows} />
          {pages > 1 ? (
            <nav aria-label="翻页" className="mt-4 flex items-center gap-3 text-sm">
              {filter.page > 1 ? (
                <Link className="text-sky-800 underline" href={pageHref(filter, filter.page - 1)}>
                  上一页
                </Link>
              ) : null}
              <span>
                第 {filter.page} / {pages} 页
              </span>
              {filter.page < pages ? (
                <Link className="text-sky-800 underline" href={pageHref(filter, filter.page + 1)}>
                  下一页
                </Link>
              ) : null}
            </nav>
          ) : null}
        </Card>
      </div>
    </>
  );
}
