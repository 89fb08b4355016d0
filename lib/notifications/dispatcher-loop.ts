import { env } from "@/lib/env";
import { dispatchSms } from "./dispatch-sms";
import { maskPhone } from "./texts";

const globalForSms = globalThis as unknown as { hpfSmsDispatcher?: NodeJS.Timeout };

/**
 * Runs the SMS dispatcher in this server process every HPF_SMS_DISPATCH_MS (default 2 s), started
 * once by instrumentation.ts; HPF_SMS_DISPATCH=off leaves it to another process. Ticks never
 * overlap in one process, and several servers may each run one (dispatchSms skips rows another
 * holds). A failing tick (database down) is logged and the next one tries again.
 */
export function startSmsDispatcher(): void {
  const { HPF_SMS_DISPATCH, HPF_SMS_DISPATCH_MS } = env();
  if (HPF_SMS_DISPATCH === "off" || globalForSms.hpfSmsDispatcher) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await dispatchSms({
        // Logged with the phone masked: the outbox row keeps the number for staff who may see it.
        onGiveUp: (m) => console.warn(`[sms] 短信 ${m.id}（${maskPhone(m.phone)}）多次发送失败，已停止重试：${m.reason}`),
      });
    } catch (error) {
      console.warn(`[sms] 短信发送检查失败 / dispatcher tick failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  };
  globalForSms.hpfSmsDispatcher = setInterval(() => void tick(), HPF_SMS_DISPATCH_MS);
  globalForSms.hpfSmsDispatcher.unref();
}
