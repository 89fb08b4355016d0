import type { ErrorCode } from "@/lib/forms/form-state";

export type { ErrorCode };

/**
 * Typed domain errors. Use cases in lib/ throw `DomainError` with a stable code; the edge (a server
 * action or route) maps the code to a Chinese message (`toFormState` in lib/forms/form-state.ts).
 * A raw database error never reaches a user. The code must be one of `ErrorCode` (the union of the
 * domains' catalogues), so a code without a Chinese message fails the typecheck.
 */
export class DomainError<Code extends ErrorCode = ErrorCode> extends Error {
  readonly code: Code;
  /** The form field the error belongs to, when there is one. */
  readonly field?: string;
  readonly details?: Record<string, unknown>;

  constructor(code: Code, options: { message?: string; field?: string; details?: Record<string, unknown> } = {}) {
    super(options.message ?? code);
    this.name = "DomainError";
    this.code = code;
    this.field = options.field;
    this.details = options.details;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** A catalogue's message for any code (undefined when the catalogue has none for it). */
export function messageIn(catalogue: Record<string, string>, code: string): string | undefined {
  return Object.hasOwn(catalogue, code) ? catalogue[code] : undefined;
}
