/**
 * Typed domain errors. Use cases in lib/ throw `DomainError` with a stable code; the edge (a server
 * action or route) maps the code to a Chinese message. A raw database error never reaches a user.
 */
export class DomainError<Code extends string = string> extends Error {
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
