import "server-only";
import type { DeductionBucket } from "@/lib/servicing/deduction-order";
import type { EscalationPolicy } from "@/lib/servicing/escalation";
import { getServicingSettings } from "@/lib/servicing/servicing-settings";

export type CollectionPolicies = { escalationPolicy: EscalationPolicy; deductionOrder: readonly DeductionBucket[] };

/**
 * The escalation policy and the deduction order in force (ADMIN-set servicing settings, defaults
 * where unset): the collection screens suggest actions by the one, the notice prints the other.
 */
export async function collectionPolicies(): Promise<CollectionPolicies> {
  const { escalationPolicy, deductionOrder } = await getServicingSettings();
  return { escalationPolicy, deductionOrder };
}
