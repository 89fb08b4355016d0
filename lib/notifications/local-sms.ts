import { appendFile, mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { DomainError } from "@/lib/errors";
import type { SmsMessage, SmsPort, SmsReceipt } from "./sms-port";

/** One line of the local adapter's file (JSON Lines): what a phone would have received. */
export type SentSmsLine = { id: string; providerRef: string; phone: string; text: string; sentAt: string };

/** A mainland mobile number; anything else the simulated gateway refuses, as a real one would. */
const MOBILE = /^1[3-9]\d{9}$/;

/**
 * The local SMS adapter: appends each message as one JSON line to `file`. A message id already in
 * the file answers with its first receipt and is not written again (the port's exactly-once
 * contract). It refuses a number that is not a mainland mobile (SMS_SEND_FAILED), and `failWith`
 * lets a test make it fail like a gateway that is down.
 */
export function localSms(opts: { file: string; failWith?: (message: SmsMessage) => string | null }): SmsPort {
  return {
    name: "local",
    async send(message: SmsMessage): Promise<SmsReceipt> {
      const earlier = (await readSentLines(opts.file)).find((line) => line.id === message.id);
      if (earlier) return { providerRef: earlier.providerRef };
      const reason = opts.failWith?.(message) ?? (MOBILE.test(message.phone) ? null : "号码无效");
      if (reason) throw new DomainError("SMS_SEND_FAILED", { details: { reason } });
      const line: SentSmsLine = {
        id: message.id,
        providerRef: `SMS-${message.id}`,
        phone: message.phone,
        text: message.text,
        sentAt: new Date().toISOString(),
      };
      await mkdir(path.dirname(opts.file), { recursive: true });
      await appendFile(opts.file, `${JSON.stringify(line)}\n`, "utf8");
      return { providerRef: line.providerRef };
    },
  };
}

/** Every message the local adapter has written to `file` (none when there is no file yet). */
export async function readSentLines(file: string): Promise<SentSmsLine[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as SentSmsLine);
}
