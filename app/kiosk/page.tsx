import type { Metadata } from "next";
import { PublicHeader } from "@/components/layout/public-header";
import { TakeTicketForm } from "@/components/queue/take-ticket-form";
import { rateVisitAction, takeTicketAction } from "@/app/kiosk/actions";
import { KioskRatingForm } from "@/components/followups/kiosk-rating-form";

export const metadata: Metadata = { title: "自助取号" };

/** The hall kiosk (public): take a ticket for the all-in-one windows, and rate a visit once its case is closed. */
export default function KioskPage() {
  return (
    <>
      <PublicHeader />
      <main className="mx-auto max-w-xl px-4 py-10">
        <h1 className="mb-2 text-3xl font-semibold text-slate-900">自助取号</h1>
        <p className="mb-8 text-slate-600">公积金业务与不动产登记一窗通办，任一窗口均可办理。</p>
        <TakeTicketForm takeTicketAction={takeTicketAction} />
        <section aria-labelledby="kiosk-rating-title" className="mt-12 border-t border-slate-200 pt-8">
          <h2 id="kiosk-rating-title" className="mb-2 text-2xl font-semibold text-slate-900">
            服务评价（好差评）
          </h2>
          <p className="mb-6 text-slate-600">
            办结后请为本次窗口服务打分：输入今天的号票号码和身份证件号码后6位。每笔办件评价一次，差评由值班长2个工作日内回访答复。
          </p>
          <KioskRatingForm rateVisitAction={rateVisitAction} />
        </section>
      </main>
    </>
  );
}
