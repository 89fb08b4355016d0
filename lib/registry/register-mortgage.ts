import { recordAudit } from "@/lib/audit/record-audit";
import { todayInShanghai } from "@/lib/dates/calendar";
import { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { inTransaction } from "@/lib/db/transaction";
import { lockSeries } from "@/lib/db/serial";
import { transitionLoanMatter } from "@/lib/cases/transition-matter";
import { centerName, nextProofNo } from "@/lib/registry/registration-numbers";
import { releaseStageGuarantee } from "@/lib/projects/stage-guarantee";

/**
 * At the same window the teller registers the mortgage in the registry (CONTRACTS_SIGNED →
 * MORTGAGE_REGISTERED; the teller at the case's window or, after an audited hand-over, at the window
 * it was handed to — lib/cases/case-window; four-eyes does not apply): a REGISTERED Mortgage on
 * the unit's valid certificate, the center as mortgagee, the principal secured, the electronic
 * 不动产登记证明 number issued and linked to the loan; the case's MORTGAGE_REGISTRATION matter
 * completes. Errors: FORBIDDEN_ROLE, WINDOW_REQUIRED, CASE_OTHER_WINDOW, WINDOW_OCCUPIED, NOT_FOUND, ALREADY_HANDLED,
 * ILLEGAL_TRANSITION, UNIT_ALREADY_MORTGAGED (field property: another mortgage arrived meanwhile),
 * UNKNOWN_PROPERTY (the unit has no valid certificate any more).
 *
 * A new-home loan (isNewHome) is registered against the unit even without a certificate (the
 * buyer has none yet: 预购商品房抵押预告登记, certificateId null), and in the same transaction
 * the developer's stage guarantee for the loan is released (RELEASED, releasedOn today).
 */
export async function registerMortgage(opts: {
  actor: Actor;
  matterId: string;
  expectedVersion?: number;
  now?: Date;
}): Promise<{ registrationNo: string; mortgageId: string }> {
  const now = opts.now ?? new Date();
  return inTransaction(
    async (tx) => {
      type Target = {
        loanId: string;
        unitId: string;
        certificateId: string | null;
        principal: string;
        mortgagorIdNumber: string;
        mortgagorName: string;
      };
      const found: { target?: Target } = {};
      const moved = await transitionLoanMatter(tx, {
        matterId: opts.matterId,
        expectedVersion: opts.expectedVersion,
        action: "REGISTER_MORTGAGE",
        actor: opts.actor,
        now,
        authorize: async (matter) => {
          const loan = await tx.loan.findUniqueOrThrow({
            where: { id: matter.loanId! },
            include: { borrower: { select: { idNumber: true, name: true } } },
          });
          await lockSeries(tx, `unitMortgage:${loan.unitId}`);
          const existing = await tx.mortgage.findFirst({
            where: { unitId: loan.unitId, status: "REGISTERED" },
            select: { mortgagee: true },
          });
          if (existing) throw new DomainError("UNIT_ALREADY_MORTGAGED", { field: "property", details: { mortgagee: existing.mortgagee } });
          const certificate = await tx.realEstateCertificate.findFirst({
            where: { unitId: loan.unitId, status: "VALID" },
            orderBy: { issuedOn: "desc" },
            select: { id: true },
          });
          if (!certificate && !loan.isNewHome) throw new DomainError("UNKNOWN_PROPERTY", { field: "property" });
          found.target = {
            loanId: loan.id,
            unitId: loan.unitId,
            certificateId: certificate?.id ?? null,
            principal: loan.principal.toFixed(2),
            mortgagorIdNumber: loan.borrower.idNumber,
            mortgagorName: loan.borrower.name,
          };
        },
      });
      const t = found.target!;
      const today = todayInShanghai(now);
      const registrationNo = await nextProofNo(tx, Number(today.slice(0, 4)));
      const mortgage = await tx.mortgage.create({
        data: {
          registrationNo,
          unitId: t.unitId,
          certificateId: t.certificateId,
          mortgagee: await centerName(tx),
          mortgagorIdNumber: t.mortgagorIdNumber,
          mortgagorName: t.mortgagorName,
          securedAmount: t.principal,
          status: "REGISTERED",
          registeredAt: now,
          loanId: t.loanId,
        },
      });
      await recordAudit(tx, {
        actorId: opts.actor.userId,
        windowId: opts.actor.windowId,
        action: "MORTGAGE_REGISTERED",
        entityType: "Mortgage",
        entityId: mortgage.id,
        toState: "REGISTERED",
        detail: { registrationNo, loanId: t.loanId },
      });
      await releaseStageGuarantee(tx, {
        loanId: t.loanId,
        on: today,
        reason: "MORTGAGE_REGISTERED",
        actorId: opts.actor.userId,
        windowId: opts.actor.windowId,
      });
      const registration = await tx.caseMatter.updateMany({
        where: { caseId: moved.caseId, kind: "MORTGAGE_REGISTRATION", status: "OPEN" },
        data: { status: "COMPLETED" },
      });
      if (registration.count > 0) {
        await recordAudit(tx, {
          actorId: opts.actor.userId,
          windowId: opts.actor.windowId,
          action: "MORTGAGE_REGISTRATION_COMPLETED",
          entityType: "Case",
          entityId: moved.caseId,
          fromState: "OPEN",
          toState: "COMPLETED",
        });
      }
      return { registrationNo, mortgageId: mortgage.id };
    },
    { onUnique: () => new DomainError("UNIT_ALREADY_MORTGAGED", { field: "property" }) },
  );
}
