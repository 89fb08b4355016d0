import { TextField } from "@/components/forms/text-field";

/** The password input of both sign-in forms; its value is never sent back after an error. */
export function PasswordField({ formId, errors }: { formId: string; errors?: string[] }) {
  return (
    <TextField formId={formId} name="password" label="密码" type="password" autoComplete="current-password" required errors={errors} />
  );
}
