import "server-only";
import { db } from "@/lib/db";
import { slaCache, slaMinutes, type SlaMinutes } from "@/lib/settings/sla";

/** The SLA minutes per queue, for the queues' timers and the admin form (kept a few seconds, brief-cache.ts). */
export function getSlaMinutes(): Promise<SlaMinutes> {
  return slaCache.get(() => slaMinutes(db));
}
