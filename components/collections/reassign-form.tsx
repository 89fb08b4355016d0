"use client";

import { useActionState } from "react";
import { EMPTY_FORM_STATE, type FormAction } from "@/lib/action-state";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";

const FORM = "reassign";

type Props = {
  caseId: string;
  currentCollectorId: string | null;
  viewerId: string;
  /** Admins choose any active risk officer; a risk officer can only take the case over. */
  mayAssign: boolean;
  mayTakeOver: boolean;
  collectors: { id: string; name: string }[];
};

/** 接手案件 (a risk officer) or 改派清收人员 (an admin). */
export function ReassignForm({
  caseId,
  currentCollectorId,
  viewerId,
  mayAssign,
  mayTakeOver,
  collectors,
  reassignCollectorAction,
}: Props & { reassignCollectorAction: FormAction }) {
  const [state, action] = useActionState(reassignCollectorAction, EMPTY_FORM_STATE);
  if (!mayAssign && (!mayTakeOver || currentCollectorId === viewerId)) return null;
  return (
    <form id={FORM} action={action} noValidate className="flex flex-wrap items-end gap-3">
      <FormMessage id={`${FORM}-error`} message={state.formError} />
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="expectedCollectorId" value={currentCollectorId ?? ""} />
      {mayAssign ? (
        <>
          <div className="w-56">
            <SelectField
              formId={FORM}
              name="collectorId"
              label="清收人员"
              defaultValue={state.values?.collectorId ?? currentCollectorId ?? ""}
              errors={state.fieldErrors?.collectorId}
              options={[{ value: "", label: "请选择" }, ...collectors.map((c) => ({ value: c.id, label: c.name }))]}
            />
          </div>
          <div className="w-32">
            <SubmitButton pendingText="改派中…">改派</SubmitButton>
          </div>
        </>
      ) : (
        <>
          <input type="hidden" name="collectorId" value={viewerId} />
          <div className="w-40">
            <SubmitButton pendingText="接手中…">接手此案件</SubmitButton>
          </div>
        </>
      )}
    </form>
  );
}
