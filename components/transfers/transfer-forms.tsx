"use client";

import { startTransition, useActionState, useState } from "react";
import { EMPTY_FORM_STATE, type DoneFormState, type FormAction } from "@/lib/action-state";
import { TextField } from "@/components/forms/text-field";
import { SelectField } from "@/components/forms/select-field";
import { FormMessage } from "@/components/forms/form-message";
import { PresenceFields } from "@/components/withdrawals/presence-fields";

const button = "rounded-md px-4 py-2 text-sm font-medium text-white disabled:opacity-60";
const DIRECTIONS = [
  { value: "OUT", label: "转出本市（调往外地工作，余额及结息转至新城市并销户）" },
  { value: "IN", label: "转入本市（外地缴存的余额转入本账户）" },
];

/** Applies for a transfer through the national platform; at the window the teller types the ID number. */
export function ApplyTransferForm({
  action: submit,
  idempotencyKey,
  centers,
  atWindow = false,
}: {
  action: FormAction<DoneFormState>;
  idempotencyKey: string;
  centers: { value: string; label: string }[];
  atWindow?: boolean;
}) {
  const [state, action, pending] = useActionState(submit, EMPTY_FORM_STATE as DoneFormState);
  // NOTE: sent from onSubmit, not `action=`: React resets a form after an action, and a reset
  // select falls back to its first option, losing the chosen center.
  const [direction, setDirection] = useState("OUT");
  const [center, setCenter] = useState("");
  const formId = "transfer";
  return (
    <form
      noValidate
      className="max-w-xl space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        startTransition(() => action(data));
      }}
    >
      <FormMessage id="transfer-error" message={state.formError} />
      {state.done ? (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {state.done}
        </p>
      ) : null}
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {atWindow ? (
        <TextField
          formId={formId}
          name="idNumber"
          label="申请人身份证号"
          autoComplete="off"
          defaultValue={state.values?.idNumber ?? ""}
          errors={state.fieldErrors?.idNumber}
        />
      ) : null}
      <SelectField
        formId={formId}
        name="direction"
        label="业务类型"
        options={DIRECTIONS}
        value={direction}
        onChange={(e) => setDirection(e.target.value)}
        errors={state.fieldErrors?.direction}
      />
      <SelectField
        formId={formId}
        name="otherCenterCode"
        label="对方公积金中心（转入地或转出地）"
        options={[{ value: "", label: "请选择" }, ...centers]}
        value={center}
        onChange={(e) => setCenter(e.target.value)}
        errors={state.fieldErrors?.otherCenterCode}
        hint="经全国住房公积金异地转移接续平台办理；转出须另一名工作人员审批，对方中心受理后资金连同销户结息划转，账户销户。"
      />
      {atWindow && direction === "OUT" ? (
        <PresenceFields formId={formId} values={state.values ?? {}} errors={state.fieldErrors ?? {}} />
      ) : null}
      <button type="submit" disabled={pending} aria-disabled={pending} className={`${button} bg-sky-700 hover:bg-sky-800`}>
        {pending ? "提交中…" : "提交转移申请"}
      </button>
    </form>
  );
}

/** Approve (sends the request to the platform) or reject a transfer out; never one you took. */
export function DecideTransferForm({
  transferId,
  transferNo,
  version,
  action: decide,
}: {
  transferId: string;
  transferNo: string;
  version: number;
  action: FormAction;
}) {
  const [state, action, pending] = useActionState(decide, EMPTY_FORM_STATE);
  const formId = `decide-${transferId}`;
  return (
    <form action={action} noValidate aria-label={`审批转出申请 ${transferNo}`} className="space-y-2">
      <FormMessage id={`${formId}-error`} message={state.formError} />
      <input type="hidden" name="transferId" value={transferId} />
      <input type="hidden" name="version" value={version} />
      <TextField
        formId={formId}
        name="note"
        label="审核意见（不予批准时必填）"
        defaultValue={state.values?.note ?? ""}
        errors={state.fieldErrors?.note}
      />
      <div className="flex gap-2">
        <button
          type="submit"
          name="decision"
          value="APPROVE"
          disabled={pending}
          className={`${button} bg-emerald-700 hover:bg-emerald-800`}
        >
          批准并发送联系函
        </button>
        <button type="submit" name="decision" value="REJECT" disabled={pending} className={`${button} bg-red-700 hover:bg-red-800`}>
          不予批准
        </button>
      </div>
    </form>
  );
}

/** Fetches the other centers' answers from the platform: acceptances pay out, arrivals credit. */
export function ReceiveMessagesForm({ action: receive }: { action: FormAction<DoneFormState> }) {
  const [state, action, pending] = useActionState(receive, EMPTY_FORM_STATE as DoneFormState);
  return (
    <form action={action} noValidate className="space-y-2">
      <FormMessage id="receive-error" message={state.formError} />
      {state.done ? (
        <p role="status" className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
          {state.done}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className={`${button} bg-sky-700 hover:bg-sky-800`}>
        接收转移平台消息
      </button>
    </form>
  );
}
