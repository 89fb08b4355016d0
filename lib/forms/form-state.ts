import type { FormState } from "@/lib/action-state";
import { isDomainError, type DomainError } from "@/lib/errors";
import { BANK_ERROR_MESSAGES, type BankErrorCode } from "@/lib/bank/bank-port";
import { caseErrorMessage, loanProblemMessage, type CaseErrorCode } from "@/lib/cases/messages";
import { COLLECTION_MESSAGES, type CollectionErrorCode } from "@/lib/collections/messages";
import { fraudErrorMessage, type FraudErrorCode } from "@/lib/fraud/messages";
import { REGISTRY_MISMATCH_MESSAGES } from "@/lib/fraud/refusal-messages";
import type { RegistryMismatchCode } from "@/lib/fraud/registry-check";
import { INTEREST_ERROR_MESSAGES, type InterestErrorCode } from "@/lib/interest/schemas";
import { projectErrorMessage, type NewHomeLoanCode, type ProjectErrorCode } from "@/lib/projects/messages";
import { REMITTANCE_MESSAGES, type RemittanceErrorCode } from "@/lib/remittances/messages";
import { BATCH_ERROR_MESSAGES, BATCH_SCHEDULE_MESSAGES, type BatchErrorCode } from "@/lib/servicing/batch/messages";
import { servicingMessage, type ServicingErrorCode } from "@/lib/servicing/messages";
import { SETTINGS_ERROR_MESSAGES, type SettingsErrorCode } from "@/lib/servicing/servicing-settings";
import { withdrawalMessage, type WithdrawalErrorCode } from "@/lib/withdrawals/messages";
import { employerMessage, type EmployerErrorCode } from "@/lib/employers/messages";
import { CALENDAR_MESSAGES, type CalendarErrorCode } from "@/lib/calendar/messages";
import { FOLLOW_UP_MESSAGES, type FollowUpErrorCode } from "@/lib/followups/messages";
import { transferMessage, type TransferErrorCode } from "@/lib/transfers/messages";
import { staffErrorMessage, type StaffErrorCode } from "@/lib/staff/messages";
import { NOTIFICATION_MESSAGES, type NotificationErrorCode } from "@/lib/notifications/messages";
import { CITIZEN_ACCESS_MESSAGES, type CitizenAccessErrorCode } from "@/lib/citizen-access/messages";

/**
 * The one registry of error codes and their Chinese messages, and the one mapper from a thrown
 * DomainError to the FormState a form shows.
 *
 * Every code a use case may throw is in exactly one domain's catalogue (lib/<domain>/messages.ts,
 * declared `satisfies Record<string, string>` so its keys are the domain's code union). `DomainError`
 * only accepts an `ErrorCode`, so a code without a message fails the typecheck.
 *
 * Several domains share a code with different text (FORBIDDEN_ROLE: "只有系统管理员可以结息" vs
 * "您没有办理该业务的权限"). The collision is resolved explicitly: the caller names the domain whose
 * wording the screen uses, `toFormState(error, values, "withdrawals")`.
 */
export type ErrorCode =
  | CaseErrorCode
  | NewHomeLoanCode
  | WithdrawalErrorCode
  | RemittanceErrorCode
  | ServicingErrorCode
  | CollectionErrorCode
  | ProjectErrorCode
  | FraudErrorCode
  | BankErrorCode
  | BatchErrorCode
  | InterestErrorCode
  | SettingsErrorCode
  | EmployerErrorCode
  | CalendarErrorCode
  | FollowUpErrorCode
  | TransferErrorCode
  | StaffErrorCode
  | NotificationErrorCode
  | CitizenAccessErrorCode;

/** One problem of an error that carries a list of them (eligibility, withdrawal rules, contact rules). */
type Problem = { field?: string; message: string };

type ErrorDomainSpec = {
  /** The Chinese message of the error, with the figures its details carry. */
  message: (error: DomainError) => string;
  /** The field the message goes to (default: the error's own field; undefined = the form). */
  field?: (error: DomainError) => string | undefined;
  /** An error carrying several problems: each at its field, the rest joined at the form. */
  problems?: (error: DomainError) => Problem[] | undefined;
};

type Issue = { field: string; message: string };
const issuesOf = (error: DomainError): Problem[] => (error.details?.issues ?? []) as Issue[];
/** A registry mismatch's differences, each at its field, worded by the fraud catalogue. */
const registryIssuesOf = (error: DomainError): Problem[] =>
  ((error.details?.issues ?? []) as { field: string; code: RegistryMismatchCode }[]).map((i) => ({
    field: i.field,
    message: REGISTRY_MISMATCH_MESSAGES[i.code],
  }));
const fromCatalogue =
  (catalogue: Record<string, string>, fallback: string) =>
  (error: DomainError): string =>
    catalogue[error.code] ?? fallback;

/** The domains whose screens map errors; the key is what an action passes to `toFormState`. */
export const ERROR_DOMAINS = {
  cases: {
    message: caseErrorMessage,
    problems: (error) => {
      if (error.code !== "NOT_ELIGIBLE") return undefined;
      const problems = (error.details?.problems ?? []) as ({ code: string; field?: string } & Record<string, unknown>)[];
      return problems.length ? problems.map((p) => ({ field: p.field, message: loanProblemMessage(p) })) : undefined;
    },
  },
  withdrawals: {
    message: withdrawalMessage,
    field: (error) => {
      switch (error.code) {
        case "BLACKLISTED":
        case "INSIDER_CONFLICT":
        case "BANK_PAY_FAILED":
        case "OVER_AUTHORITY":
          return undefined;
        default:
          return error.field;
      }
    },
    problems: (error) =>
      error.code === "RULES" ? issuesOf(error) : error.code === "REGISTRY_MISMATCH" ? registryIssuesOf(error) : undefined,
  },
  remittances: { message: fromCatalogue(REMITTANCE_MESSAGES, "办理失败，请稍后再试") },
  servicing: {
    message: servicingMessage,
    // The bank port's card errors belong next to the card field.
    field: (error) =>
      error.field ?? (error.code.startsWith("BANK_CARD") || error.code === "BANK_INSUFFICIENT_FUNDS" ? "cardAccount" : undefined),
  },
  collections: {
    message: fromCatalogue(COLLECTION_MESSAGES, "操作未能完成，请稍后重试"),
    problems: (error) => (error.code === "CONTACT_RULES" ? issuesOf(error) : undefined),
  },
  projects: {
    message: projectErrorMessage,
    problems: (error) => {
      if (error.code !== "INVALID_INPUT") return undefined;
      const fieldErrors = (error.details?.fieldErrors ?? {}) as Record<string, string[]>;
      return Object.entries(fieldErrors).flatMap(([field, messages]) =>
        messages.map((message) => ({ field: field === "_form" ? undefined : field, message })),
      );
    },
  },
  fraud: { message: fraudErrorMessage },
  bank: { message: fromCatalogue(BANK_ERROR_MESSAGES, BANK_ERROR_MESSAGES.BANK_PAY_FAILED) },
  batch: {
    // The batch form has one field: every error is shown at the business date.
    field: () => "businessDate",
    message: (error) => {
      const message = BATCH_ERROR_MESSAGES[error.code as BatchErrorCode] ?? BATCH_ERROR_MESSAGES.BATCH_FAILED;
      return error.code === "BATCH_PREVIOUS_INCOMPLETE" ? `${message}（${String(error.details?.previous)}）` : message;
    },
  },
  // The batch's daily time: any refusal at the top of the form.
  batchSchedule: { message: fromCatalogue(BATCH_SCHEDULE_MESSAGES, BATCH_SCHEDULE_MESSAGES.INVALID_SETTING), field: () => undefined },
  // The settlement form has one field: every error is shown at the year.
  interest: { message: fromCatalogue(INTEREST_ERROR_MESSAGES, "操作未能完成，请稍后重试"), field: () => "yearEnd" },
  // The settings forms show every error at the top.
  settings: { message: fromCatalogue(SETTINGS_ERROR_MESSAGES, SETTINGS_ERROR_MESSAGES.INVALID_SETTING), field: () => undefined },
  employers: { message: employerMessage },
  calendar: { message: fromCatalogue(CALENDAR_MESSAGES, CALENDAR_MESSAGES.DATABASE_ERROR) },
  followups: { message: fromCatalogue(FOLLOW_UP_MESSAGES, FOLLOW_UP_MESSAGES.DATABASE_ERROR) },
  transfers: { message: transferMessage },
  // Staff administration (lib/staff): at the error's field, else the form.
  staff: { message: staffErrorMessage },
  notifications: { message: fromCatalogue(NOTIFICATION_MESSAGES, NOTIFICATION_MESSAGES.DATABASE_ERROR), field: () => undefined },
  // 开通网上服务 / 忘记密码 (lib/citizen-access): at the error's field (the code), else the form.
  citizenAccess: { message: fromCatalogue(CITIZEN_ACCESS_MESSAGES, CITIZEN_ACCESS_MESSAGES.SYSTEM_BUSY) },
} satisfies Record<string, ErrorDomainSpec>;

export type ErrorDomain = keyof typeof ERROR_DOMAINS;

/** The Chinese message of a DomainError in the wording of `domain`'s screens. */
export function errorMessage(error: DomainError, domain: ErrorDomain): string {
  return (ERROR_DOMAINS[domain] as ErrorDomainSpec).message(error);
}

/**
 * A DomainError as FormState: the Chinese message at its field (or the form); an error that carries
 * problems (NOT_ELIGIBLE, RULES, CONTACT_RULES, INVALID_INPUT…) shows each problem at its own field
 * and the rest, or else the error's own message, at the form. Anything else is rethrown: a bug, not
 * a user mistake.
 */
export function toFormState(error: unknown, values: Record<string, string>, domain: ErrorDomain): FormState {
  if (!isDomainError(error)) throw error;
  const spec: ErrorDomainSpec = ERROR_DOMAINS[domain];
  const problems = spec.problems?.(error);
  if (problems) {
    const fieldErrors: Record<string, string[]> = {};
    const formMessages: string[] = [];
    for (const p of problems) {
      if (p.field) (fieldErrors[p.field] ??= []).push(p.message);
      else formMessages.push(p.message);
    }
    return { fieldErrors, formError: formMessages.length ? formMessages.join("；") : spec.message(error), values };
  }
  const message = spec.message(error);
  const field = spec.field ? spec.field(error) : error.field;
  return field ? { fieldErrors: { [field]: [message] }, values } : { formError: message, values };
}
