"use server";

import { formValues, fromZodError, type FormState } from "@/lib/action-state";
import { ZTakeTicket } from "@/lib/cases/form-schemas";
import { toFormState } from "@/lib/forms/form-state";
import { takeTicket } from "@/lib/queue/take-ticket";
import { headers } from "next/headers";
import { clientIp } from "@/lib/security/client-ip";
import { takeHit } from "@/lib/security/rate-limit";
import { KIOSK_TICKETS_PER_IP } from "@/lib/security/rate-limits";

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
