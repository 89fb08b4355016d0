"use client";

import { useActionState } from "react";
import { TextField } from "@/components/forms/text-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction, FormState } from "@/lib/action-state";

type TicketState = FormState & { ticket?: { ticketNo: string; waitingAhead: number } };

const FORM_ID = "kiosk";

/** The hall kiosk: one big button; the ID number is optional. */
export function TakeTicketForm({ takeTicketAction }: { takeTicketAction: FormAction<TicketState> }) {
  const [state, action] = useActionState<TicketState, FormData>(takeTicketAction, {});
  return (
    <div className="space-y-6">
      {state.ticket ? (
        <div role="status" aria-label="取号结果" className="rounded-lg border-2 border-sky-700 bg-sky-50 p-6 text-center">
          <p className="text-sm text-slate-600">您的号码</p>
          <p className="my-2 text-5xl font-bold tracking-widest text-sky-800" data-testid="ticket-no">
            {state.ticket.ticketNo}
          </p>
          <p className="text-base text-slate-700">
            前面还有 <strong data-testid="waiting-ahead">{state.ticket.waitingAhead}</strong> 人等候，请留意叫号。
          </p>
        </div>
      ) : null}
      <form id={FORM_ID} action={action} noValidate className="space-y-4">
        <FormMessage id={`${FORM_ID}-error`} message={state.formError} />
        <TextField
          formId={FORM_ID}
          name="idNumber"
          label="身份证号（选填，填写后窗口无需再录入）"
          inputMode="text"
          autoComplete="off"
          maxLength={18}
          defaultValue={state.ticket ? "" : (state.values?.idNumber ?? "")}
          errors={state.fieldErrors?.idNumber}
        />
        <div className="text-2xl">
          <SubmitButton pendingText="正在取号…">取号</SubmitButton>
        </div>
      </form>
    </div>
  );
}
