"use server";

import { formValues, fromZodError, type DoneFormState, type FormState } from "@/lib/action-state";
import { ZTakeTicket } from "@/lib/cases/form-schemas";
import { toFormState } from "@/lib/forms/form-state";
import { takeTicket } from "@/lib/queue/take-ticket";
import { headers } from "next/headers";
import { clientIp } from "@/lib/security/client-ip";
import { takeHit } from "@/lib/security/rate-limit";
import { KIOSK_RATINGS_PER_IP, KIOSK_TICKETS_PER_IP } from "@/lib/security/rate-limits";
import { ZKioskRating } from "@/lib/followups/schemas";
import { rateVisitAtKiosk } from "@/lib/followups/rate-visit-at-kiosk";

export type TicketState = FormState & { ticket?: { ticketNo: string; waitingAhead: number } };

// Public on purpose: the kiosk in the hall needs no sign-in. The ID number is optional; it lets
// the window open the case without typing it. Rate limited per kiosk (IP) before anything else.
// Not formAction: there is no role to check (formAction starts with one), only the rate limit.
export async function takeTicketAction(_prev: TicketState, formData: FormData): Promise<TicketState> {
  if (!(await takeHit(KIOSK_TICKETS_PER_IP, clientIp(await headers())))) return { formError: "取号过于频繁，请稍后再试" };
  const values = formValues(formData);
  const parsed = ZTakeTicket.safeParse({ idNumber: formData.get("idNumber") ?? undefined });
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    const ticket = await takeTicket({ idNumber: parsed.data.idNumber });
    return { ticket: { ticketNo: ticket.ticketNo, waitingAhead: ticket.waitingAhead } };
  } catch (error) {
    return toFormState(error, values, "cases");
  }
}

export type KioskRatingState = DoneFormState;

// Public like the ticket: the citizen rates their visit at the hall kiosk right after it (no
// sign-in; today's ticket number and the ID number's last 6 characters find the case). Not
// formAction for the same reason as takeTicketAction: no role, only the per-kiosk rate limit.
export async function rateVisitAction(_prev: KioskRatingState, formData: FormData): Promise<KioskRatingState> {
  if (!(await takeHit(KIOSK_RATINGS_PER_IP, clientIp(await headers())))) return { formError: "评价过于频繁，请稍后再试" };
  const values = formValues(formData);
  const parsed = ZKioskRating.safeParse({
    ticketNo: formData.get("ticketNo"),
    idSuffix: formData.get("idSuffix"),
    score: formData.get("score") ?? undefined,
    comment: formData.get("comment") ?? undefined,
  });
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    const r = await rateVisitAtKiosk(parsed.data);
    return {
      done: r.followUpTaskId
        ? `感谢您的评价（办件 ${r.caseNo}）。值班长将在 ${r.dueOn} 前联系您并答复。`
        : `感谢您的评价（办件 ${r.caseNo}）！`,
    };
  } catch (error) {
    return toFormState(error, values, "followups");
  }
}
