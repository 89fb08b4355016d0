"use server";

import { formValues, fromZodError, type FormState } from "@/lib/action-state";
import { ZTakeTicket } from "@/lib/cases/form-schemas";
import { toFormState } from "@/lib/forms/form-state";
import { takeTicket } from "@/lib/queue/take-ticket";

export type TicketState = FormState & { ticket?: { ticketNo: string; waitingAhead: number } };

// Public on purpose: the kiosk in the hall needs no sign-in. The ID number is optional; it lets
// the window open the case without typing it.
export async function takeTicketAction(_prev: TicketState, formData: FormData): Promise<TicketState> {
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
