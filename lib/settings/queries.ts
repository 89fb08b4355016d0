import "server-only";
import { db } from "@/lib/db";
import { slaMinutes, type SlaMinutes } from "@/lib/settings/sla";

/** The SLA minutes per queue, for the queues' timers and the admin form. */
export function getSlaMinutes(): Promise<SlaMinutes> {
  return slaMinutes(db);
}
