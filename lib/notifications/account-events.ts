import type { Tx } from "@/lib/db";
import { normalizePhone } from "@/lib/citizen-access/code-rules";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";
import { notify } from "./notify";
import { ACCOUNT_SECURITY_TEXTS, renderText } from "./texts";

/**
 * The citizen's online service was opened, or its password reset, by an SMS code
 * (lib/citizen-access, in its transaction): an inbox item and an SMS to the phone on file, so a
 * person whose code was used by someone else learns it at once. Once per code (eventKey).
 */
export async function notifyAccountSecurity(
  tx: Tx,
  opts: { depositorId: string; phone: string; outcome: "ACTIVATED" | "RESET"; codeId: string; now: Date },
): Promise<void> {
  const text = ACCOUNT_SECURITY_TEXTS[opts.outcome];
  const vars = { at: formatShanghaiDateTime(opts.now) };
  await notify(tx, {
    to: { depositorId: opts.depositorId },
    kind: "ACCOUNT_SECURITY",
    eventKey: `citizen-access:${opts.codeId}`,
    title: renderText(text.title, vars),
    body: renderText(text.body, vars),
    link: null,
    sms: { phone: normalizePhone(opts.phone) },
    now: opts.now,
  });
}
