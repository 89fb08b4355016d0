import { parseIsoDate } from "@/lib/dates/calendar";
import { REASON_CODES, type ReasonCode } from "@/lib/withdrawals/reasons";

/** The workbench's filters, from the URL (GET form): bookmarkable and shared with the CSV export. */
export type WorkbenchFilter = {
  reasonCode?: ReasonCode;
  from?: string;
  to?: string;
  /** Claimed home's building area strictly below this many m². */
  maxArea?: string;
  housing?: "NEW" | "SECOND_HAND";
  windowNo?: number;
  tellerId?: string;
};

export type WorkbenchSearch = Partial<Record<"reason" | "from" | "to" | "maxArea" | "housing" | "window" | "teller", string>>;

/** A real calendar date "YYYY-MM-DD" from a URL, or undefined. */
export function dateParam(v?: string): string | undefined {
  if (!v) return undefined;
  try {
    parseIsoDate(v);
    return v;
  } catch {
    return undefined;
  }
}
const date = dateParam;

/** Unknown or malformed values are dropped (never an error: a filter only narrows). */
export function parseWorkbenchFilter(s: WorkbenchSearch): WorkbenchFilter {
  const windowNo = Number(s.window);
  return {
    reasonCode: REASON_CODES.find((c) => c === s.reason),
    from: date(s.from),
    to: date(s.to),
    maxArea: s.maxArea && /^\d{1,5}(\.\d{1,2})?$/.test(s.maxArea) ? s.maxArea : undefined,
    housing: s.housing === "NEW" || s.housing === "SECOND_HAND" ? s.housing : undefined,
    windowNo: Number.isInteger(windowNo) && windowNo > 0 && windowNo < 1000 ? windowNo : undefined,
    tellerId: s.teller && /^[\w-]{1,40}$/.test(s.teller) ? s.teller : undefined,
  };
}

/** The filter back as URL parameters (for the export link). */
export function workbenchQuery(f: WorkbenchFilter): string {
  const params = new URLSearchParams();
  const set = (k: string, v: string | number | undefined) => v !== undefined && params.set(k, String(v));
  set("reason", f.reasonCode);
  set("from", f.from);
  set("to", f.to);
  set("maxArea", f.maxArea);
  set("housing", f.housing);
  set("window", f.windowNo);
  set("teller", f.tellerId);
  return params.toString();
}
