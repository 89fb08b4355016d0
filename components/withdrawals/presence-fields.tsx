"use client";

import { useState } from "react";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";

type Props = { formId: string; values: Record<string, string>; errors: Record<string, string[]> };

const KINDS = [
  { value: "ID_CARD", label: "读取身份证（本人到场）" },
  { value: "PORTAL_CODE", label: "申请人出示网上服务大厅确认码" },
];

/**
 * At the window: the evidence that the citizen is there. The ID card reader fills the ID number
 * above and the name here; or the citizen reads out the 6-digit code their portal or a kiosk shows.
 */
export function PresenceFields({ formId, values, errors }: Props) {
  const [kind, setKind] = useState(values.presence ?? "ID_CARD");
  return (
    <>
      <SelectField
        formId={formId}
        name="presence"
        label="本人到场核验方式"
        value={kind}
        onChange={(ev) => setKind(ev.target.value)}
        options={KINDS}
        errors={errors.presence}
      />
      {kind === "ID_CARD" ? (
        <TextField formId={formId} name="cardName" label="身份证读卡姓名" defaultValue={values.cardName ?? ""} errors={errors.cardName} />
      ) : (
        <TextField
          formId={formId}
          name="presenceCode"
          label="申请人确认码"
          inputMode="numeric"
          maxLength={6}
          autoComplete="off"
          defaultValue={values.presenceCode ?? ""}
          errors={errors.presenceCode}
        />
      )}
    </>
  );
}
