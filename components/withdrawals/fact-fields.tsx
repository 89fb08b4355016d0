import { FACT_FIELDS, type ReasonRule } from "@/lib/withdrawals/reasons";
import { TextField } from "@/components/forms/text-field";

const LEGENDS: Record<string, string> = {
  "01": "不动产权证书与契税完税凭证（将与不动产登记簿、税务机关核验）",
  "09": "住院病历信息（按出院记录和费用清单填写）",
};

/** The anti-fraud facts a reason asks for (certificate, invoice, hospital record), as plain inputs. */
export function FactFields({
  formId,
  rule,
  values,
  errors,
}: {
  formId: string;
  rule: ReasonRule;
  values: Record<string, string>;
  errors: Record<string, string[]>;
}) {
  if (rule.factFields.length === 0) return null;
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium text-slate-700">{LEGENDS[rule.code] ?? "核验信息"}</legend>
      {rule.factFields.map((f) => {
        const { label, input, hint } = FACT_FIELDS[f];
        return (
          <TextField
            key={`${rule.code}-${f}`}
            formId={formId}
            name={f}
            label={label}
            type={input === "date" ? "date" : "text"}
            inputMode={input === "area" || input === "yuan" ? "decimal" : undefined}
            placeholder={hint}
            required
            defaultValue={values[f] ?? ""}
            errors={errors[f]}
          />
        );
      })}
    </fieldset>
  );
}
