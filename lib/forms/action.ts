import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import { formValues, fromZodError, type FormState } from "@/lib/action-state";
import { actorOf, type Actor } from "@/lib/auth/actor";
import { requireRole, type CurrentUser } from "@/lib/auth/current-user";
import { toFormState, type ErrorDomain } from "@/lib/forms/form-state";

type Paths<I> = readonly string[] | ((input: I) => readonly string[]);

export type FormActionSpec<S extends z.ZodType, R, F extends FormState> = {
  /** Who may call it (any one of them); checked first, so an anonymous caller learns nothing of the form. */
  roles: readonly Role[];
  /**
   * The form's zod schema, parsed against `input(formData)` (default: the text fields). A schema
   * that depends on today or now (a date not in the future) is passed as a factory, built per request:
   * built once at module load, "now" would stay the server's start time.
   */
  schema: S | (() => S);
  /** The object the schema parses (default: the submitted text fields). */
  input?: (formData: FormData) => unknown;
  /** The wording of the DomainError messages (see ERROR_DOMAINS). */
  domain: ErrorDomain;
  /** Field names never echoed back (passwords). */
  omit?: readonly string[];
  /** A form of hidden fields only (a one-button step): nothing is echoed back. */
  echo?: boolean;
  /**
   * A failed parse as FormState (default: fromZodError). Given the form too, so a form with uploads
   * can report a bad file in the same round trip as the fields.
   */
  invalid?: (error: z.ZodError, values: Record<string, string>, formData: FormData) => NoInfer<F> | Promise<NoInfer<F>>;
  /** The one use case (it checks the role itself again). */
  run: (actor: Actor, input: z.infer<S>, ctx: { user: CurrentUser; values: Record<string, string>; formData: FormData }) => Promise<R>;
  /**
   * After a DomainError became the form's state, adds to it (the window's loan form shows the
   * assessment beside a NOT_ELIGIBLE refusal). Not called for a failed parse.
   */
  onError?: (
    error: unknown,
    state: NoInfer<F>,
    ctx: { actor: Actor; user: CurrentUser; input: z.infer<S>; values: Record<string, string> },
  ) => NoInfer<F> | Promise<NoInfer<F>>;
  /** Paths redrawn after a success. */
  revalidate?: Paths<z.infer<S>>;
  /**
   * What the form shows after a success (default `{}`). Called after the try/catch, so it may call
   * Next's `redirect()` (which throws).
   */
  onSuccess?: (result: R, input: z.infer<S>, values: Record<string, string>) => NoInfer<F> | void;
};

/**
 * The one way to write a form's server action: authenticate and check the role, parse with zod
 * (field errors next to their inputs, nothing written), call the use case with the Actor, map a
 * DomainError to the form in its domain's wording, then revalidate and answer (or redirect).
 */
export function formAction<S extends z.ZodType, R, F extends FormState = FormState>(
  spec: FormActionSpec<S, R, F>,
): (prev: F, formData: FormData) => Promise<F> {
  return async (_prev, formData) => {
    const user = await requireRole(...spec.roles);
    const values = spec.echo === false ? {} : formValues(formData, spec.omit);
    const raw = spec.input ? spec.input(formData) : textFields(formData);
    const schema = typeof spec.schema === "function" ? spec.schema() : spec.schema;
    const parsed = schema.safeParse(raw);
    if (!parsed.success)
      return (spec.invalid ? await spec.invalid(parsed.error, values, formData) : fromZodError(parsed.error, values)) as F;
    const input = parsed.data as z.infer<S>;
    const actor = actorOf(user);
    let result: R;
    try {
      result = await spec.run(actor, input, { user, values, formData });
    } catch (error) {
      const state = toFormState(error, values, spec.domain) as F;
      return spec.onError ? await spec.onError(error, state, { actor, user, input, values }) : state;
    }
    const paths = typeof spec.revalidate === "function" ? spec.revalidate(input) : (spec.revalidate ?? []);
    for (const path of paths) revalidatePath(path);
    return (spec.onSuccess?.(result, input, values) ?? {}) as F;
  };
}

/** Every text field of the form, keyed by name (files and Next's $ACTION fields left out). */
export function textFields(formData: FormData): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) result[key] = value;
  return result;
}
