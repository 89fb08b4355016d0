import path from "node:path";
import { env } from "@/lib/env";
import { localSms } from "./local-sms";
import type { SmsPort } from "./sms-port";

/** The file the local SMS adapter writes (HPF_SMS_FILE, relative to the working directory). */
export function localSmsFile(): string {
  return path.resolve(env().HPF_SMS_FILE);
}

/** The adapter HPF_SMS_ADAPTER names (default "local"). */
export function smsPort(): SmsPort {
  switch (env().HPF_SMS_ADAPTER) {
    case "local":
      return localSms({ file: localSmsFile() });
  }
}
