import { addMonthsClamped } from "@/lib/dates/calendar";

/**
 * The blacklist (失信黑名单) as rules (pure). A ban runs from startsOn (inclusive) to endsOn
 * (exclusive) unless an ADMIN lifted it. Its length is the Setting "fraud.blacklistYears"
 * (default 5), fixed into endsOn when the entry is made, so changing the setting never shortens or
 * extends bans already given.
 */
export const BLACKLIST_YEARS_SETTING = "fraud.blacklistYears";
export const DEFAULT_BLACKLIST_YEARS = 5;
export const MAX_BLACKLIST_YEARS = 20;

export function isValidBlacklistYears(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_BLACKLIST_YEARS;
}

/** The setting's value if valid, else the default. */
export function blacklistYearsFrom(value: unknown): number {
  return isValidBlacklistYears(value) ? value : DEFAULT_BLACKLIST_YEARS;
}

/** The first day the person is free again: the same calendar day `years` later (29 Feb → 28 Feb). */
export function banEndsOn(startsOn: string, years: number): string {
  return addMonthsClamped(startsOn, years * 12);
}

export type BanTerms = { startsOn: string; endsOn: string; lifted: boolean };

export function isBanActive(ban: BanTerms, asOf: string): boolean {
  return !ban.lifted && ban.startsOn <= asOf && asOf < ban.endsOn;
}

/** A ban in force refuses with BLACKLISTED and these facts; lib/fraud/refusal-messages words it. */
export function banRefusalFacts(
  ban: { endsOn: string; reason: string },
  atWindow: boolean,
): { banReason: string; endsOn: string; atWindow: boolean } {
  return { banReason: ban.reason, endsOn: ban.endsOn, atWindow };
}
