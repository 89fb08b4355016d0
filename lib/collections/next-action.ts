import type { CollectionContactKind } from "@/lib/generated/prisma/enums";
import type { CollectionAction, EscalationSuggestion } from "@/lib/servicing/escalation";

/**
 * Which logged contact kind carries out which suggested action. A blacklist proposal is made on the
 * blacklist page, not in the contact log, so no contact kind marks it done.
 */
export const ACTION_CONTACT_KIND: Record<CollectionAction, CollectionContactKind | null> = {
  PHONE_REMINDER: "PHONE_CALL",
  HOME_VISIT: "HOME_VISIT",
  EMPLOYER_MEETING: "EMPLOYER_MEETING",
  WRITTEN_NOTICE: "NOTICE_SERVED",
  LEGAL_REFERRAL: "LEGAL_REFERRAL",
  BLACKLIST_PROPOSAL: null,
};

export type SuggestedAction = EscalationSuggestion["actions"][number] & { done: boolean };

/** The tier's actions, each marked done when the case's log holds a contact of its kind. */
export function markDone(suggestion: EscalationSuggestion, doneKinds: readonly string[]): SuggestedAction[] {
  return suggestion.actions.map((a) => {
    const kind = ACTION_CONTACT_KIND[a.code];
    return { ...a, done: kind !== null && doneKinds.includes(kind) };
  });
}

/**
 * The next suggested action: the tier's first action not yet done in this case; once all are done
 * the collector starts the round again with the first one. Null when the loan is not overdue.
 */
export function nextSuggestedAction(suggestion: EscalationSuggestion, doneKinds: readonly string[]): SuggestedAction | null {
  const actions = markDone(suggestion, doneKinds);
  return actions.find((a) => !a.done) ?? actions[0] ?? null;
}
