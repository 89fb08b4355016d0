import type { Tx } from "@/lib/db";
import { todayInShanghai } from "@/lib/dates/calendar";
import { loadCertificateFacts } from "@/lib/fraud/facts";
import { raiseFlags, recordRefusalFlags } from "@/lib/fraud/flags";
import { assertNoInsiderConflict } from "@/lib/fraud/insider-check";
import { checkRegistryClaim, normalizeCertNo } from "@/lib/fraud/registry-check";
import { registryFlagReason } from "@/lib/fraud/refusal-messages";
import { isRepeatTrade } from "@/lib/fraud/repeat-trade";

/**
 * The anti-fraud checks of a loan at acceptance, inside the acceptance's transaction, before the
 * loan is written (call it before createLoanApplication):
 * - insider control (with a staff actor): the teller is not the applicant, a co-applicant or a
 *   declared relative of one — INSIDER_CONFLICT, flagged;
 * - registry cross-check of the home's certificate: VALID, and an applicant among its owners. The
 *   teller picks the home from the registry, so this passes by construction; a mismatch means a
 *   tampered request — flagged REGISTRY_MISMATCH here (registryMismatch: true), and refused by the
 *   loan evaluation that follows (NOT_ELIGIBLE with OWNER_MISMATCH / CERTIFICATE_CANCELLED);
 * - repeat trades: ≥ 2 transfers of the unit in the 12 months before today — accepted, but flagged
 *   REPEAT_TRADE (with an audit entry, in this transaction) for the risk officer.
 * The blacklist is checked by loadApplicantFacts (BLACKLISTED among the eligibility problems).
 * Unknown properties are left to the loan evaluation (UNKNOWN_PROPERTY): a typo, not fraud.
 * Refusal flags are written in their own transaction (lib/fraud/flags recordRefusalFlags), so the
 * rollback keeps them.
 */
export async function screenLoanAcceptance(
  tx: Tx,
  opts: {
    /** The certificate or unit number of the request. */
    property: string;
    /** Applicant first, then a co-applicant. */
    applicantIdNumbers: string[];
    depositorId: string;
    /** Who is acting: a teller at a window (staff: true, insider control applies) or the citizen online. */
    actor: { userId: string; windowId: string | null; staff: boolean };
    now?: Date;
  },
): Promise<{ flagIds: string[]; registryMismatch: boolean }> {
  const today = todayInShanghai(opts.now);
  const key = `loan:${opts.depositorId}:${normalizeCertNo(opts.property)}:${today}`;
  const base = { depositorId: opts.depositorId, handledById: opts.actor.staff ? opts.actor.userId : null, windowId: opts.actor.windowId };
  if (opts.actor.staff) {
    await assertNoInsiderConflict(tx, {
      staffUserId: opts.actor.userId,
      partyIdNumbers: opts.applicantIdNumbers,
      depositorId: opts.depositorId,
      action: "LOAN_ACCEPT",
      refusalKey: key,
      windowId: opts.actor.windowId,
    });
  }
  const certNo = await resolveCertNo(tx, opts.property);
  if (!certNo) return { flagIds: [], registryMismatch: false };
  const facts = await loadCertificateFacts(tx, certNo);
  const verdict = checkRegistryClaim({ certNo, applicantIdNumbers: opts.applicantIdNumbers }, facts?.record ?? null);
  if (!verdict.ok) {
    // The flag outlives the refusal; the refusal itself is the loan evaluation's (OWNER_MISMATCH /
    // CERTIFICATE_CANCELLED among NOT_ELIGIBLE's problems), the one place of the ownership rule.
    await recordRefusalFlags(
      [
        {
          ...base,
          kind: "REGISTRY_MISMATCH",
          reason: registryFlagReason(
            "LOAN",
            verdict.mismatches.map((m) => m.code),
          ),
          detail: { loan: true, property: opts.property, registered: facts?.record ?? null, mismatches: verdict.mismatches },
        },
      ],
      key,
    );
    return { flagIds: [], registryMismatch: true };
  }
  const trade = isRepeatTrade(
    facts!.transfers.map((t) => t.issuedOn),
    today,
  );
  if (!trade.repeat) return { flagIds: [], registryMismatch: false };
  const flagIds = await raiseFlags(
    tx,
    [
      {
        ...base,
        kind: "REPEAT_TRADE",
        reason: `贷款申请的住房 ${trade.since} 以来已交易 ${trade.transfers.length} 次（12个月内2次及以上）`,
        detail: {
          loan: true,
          unitNo: facts!.record.unitNo,
          certNo,
          since: trade.since,
          transfers: facts!.transfers.filter((t) => trade.transfers.includes(t.issuedOn)),
        },
      },
    ],
    { actorId: opts.actor.userId, windowId: opts.actor.windowId },
  );
  return { flagIds, registryMismatch: false };
}

/** The certificate a request names: itself, or the VALID one of a unit number; null if unknown. */
async function resolveCertNo(tx: Tx, property: string): Promise<string | null> {
  const key = normalizeCertNo(property);
  if (!key) return null;
  const cert = await tx.realEstateCertificate.findUnique({ where: { certNo: key }, select: { certNo: true } });
  if (cert) return cert.certNo;
  const unit = await tx.propertyUnit.findUnique({
    where: { unitNo: key.toUpperCase() },
    select: { certificates: { where: { status: "VALID" }, orderBy: { issuedOn: "desc" }, take: 1, select: { certNo: true } } },
  });
  return unit?.certificates[0]?.certNo ?? null;
}
