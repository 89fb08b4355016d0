import { z } from "zod";

/**
 * The one reader of process.env for the app. Tooling under prisma/tools and tests/setup reads its
 * own variables (it runs before the app exists).
 */
const ZEnv = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is not set: start the app with `npm run dev` or `npm start`"),
  AUTH_SECRET: z.string().min(16).optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** The bank port's adapter (lib/bank/choose-bank.ts); only the local simulator exists. */
  HPF_BANK_ADAPTER: z.enum(["local"]).default("local"),
  /** The SMS port's adapter (lib/notifications/choose-sms.ts): "local" appends to HPF_SMS_FILE. */
  HPF_SMS_ADAPTER: z.enum(["local"]).default("local"),
  HPF_SMS_FILE: z.string().min(1).default(".data/sms/messages.jsonl"),
  /** "off" keeps the server from sending the SMS outbox (another process does, or none). */
  HPF_SMS_DISPATCH: z.enum(["on", "off"]).default("on"),
  HPF_SMS_DISPATCH_MS: z.coerce.number().int().min(200).default(2000),
});

export type Env = z.infer<typeof ZEnv>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= ZEnv.parse(process.env);
  return cached;
}
