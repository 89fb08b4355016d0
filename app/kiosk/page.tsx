import type { Metadata } from "next";
import { PublicHeader } from "@/components/layout/public-header";
import { TakeTicketForm } from "@/components/queue/take-ticket-form";
import { takeTicketAction } from "@/app/kiosk/actions";

export const metadata: Metadata = { title: "自助取号" };

/** The hall kiosk (public): take a ticket for the all-in-one windows. */
export default function KioskPage() {
  return (
    <>
      <PublicHeader />
      <main className="mx-auto max-w-xl px-4 py-10">
        <h1 className="mb-2 text-3xl font-semibold text-slate-900">自助取号</h1>
        <p className="mb-8 text-slate-600">公积金业务与不动产登记一窗通办，任一窗口均可办理。</p>
        <TakeTicketForm takeTicketAction={takeTicketAction} />
      </main>
    </>
  );
}
