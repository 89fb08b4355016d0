"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import type { FormState } from "@/lib/action-state";
import { formAction } from "@/lib/forms/action";
import { ZAcceptOnline, ZOpenCase } from "@/lib/cases/form-schemas";
import { actorOf } from "@/lib/auth/actor";
import { toFormState } from "@/lib/forms/form-state";
import { openCaseAtWindow } from "@/lib/cases/open-case";
import { acceptOnlineApplication } from "@/lib/cases/accept-loan";
import { callNextTicket } from "@/lib/queue/call-next-ticket";

/** 叫号: the next waiting ticket comes to this window. Not formAction: a button with no fields (role first). */
export async function callNextAction(): Promise<FormState> {
  const user = await requireRole("TELLER");
  try {
    const ticket = await callNextTicket({ actor: actorOf(user) });
    revalidatePath("/window");
    return ticket ? {} : { formError: "当前没有等候的号" };
  } catch (error) {
    return toFormState(error, {}, "cases");
  }
}

const openCase = formAction({
  roles: ["TELLER"],
  schema: ZOpenCase,
  input: (formData) => ({ idNumber: formData.get("idNumber"), ticketId: formData.get("ticketId") ?? undefined }),
  domain: "cases",
  run: (actor, input) => openCaseAtWindow({ actor, idNumber: input.idNumber, ticketId: input.ticketId }),
  revalidate: ["/window"],
  onSuccess: ({ caseId }) => redirect(`/window/cases/${caseId}`),
});

/** 开办件: from an ID number (typed, or carried by the ticket) → the case page. */
export async function openCaseAction(prev: FormState, formData: FormData): Promise<FormState> {
  return openCase(prev, formData);
}

const acceptOnline = formAction({
  roles: ["TELLER"],
  schema: ZAcceptOnline,
  input: (formData) => ({ caseId: formData.get("caseId") ?? "", matterId: formData.get("matterId") ?? "" }),
  echo: false,
  domain: "cases",
  run: (actor, input) => acceptOnlineApplication({ actor, matterId: input.matterId }),
  revalidate: ["/window"],
  onSuccess: (_result, input): void => redirect(`/window/cases/${input.caseId}`),
});

/** Picks up an online application (SUBMITTED → ACCEPTED) without retyping anything. */
export async function acceptOnlineAction(prev: FormState, formData: FormData): Promise<FormState> {
  return acceptOnline(prev, formData);
}
