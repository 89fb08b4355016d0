import { DomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { requireTellerAtWindow, type Actor } from "@/lib/auth/actor";
import { todayInShanghai } from "@/lib/dates/calendar";
import { creditCodeProblem, normalizeCreditCode } from "@/lib/identity/credit-code";
import { contributionYearStart } from "@/lib/remittances/contribution-year";
import { rateBounds } from "@/lib/employers/rate-bounds-store";
import { checkRatePair } from "@/lib/employers/rates";

export type RegisterEmployerInput = {
  actor: Actor;
  creditCode: string;
  name: string;
  address: string;
  contactPhone: string;
  /** Percentages as typed, e.g. "12" or "7.5"; within the stored bounds (default 5 %–12 %). */
  employerRate: string;
  personalRate: string;
  now?: Date;
};

/**
 * 单位开户 at a window: a teller registers an employer with its unified social credit code
 * (GB 32100 check character verified), name, address, phone and its contribution rate pair for
 * the current contribution year (bounds are data). Employer, rate and audit row in one transaction.
 * Errors: FORBIDDEN_ROLE, WINDOW_REQUIRED, CREDIT_CODE_FORMAT / CREDIT_CODE_CHECK_DIGIT /
 * CREDIT_CODE_TAKEN (creditCode), RATE_FORMAT / RATE_OUT_OF_BOUNDS (employerRate, personalRate).
 */
export async function registerEmployer(input: RegisterEmployerInput): Promise<{ employerId: string }> {
  const windowId = requireTellerAtWindow(input.actor);
  const creditCode = normalizeCreditCode(input.creditCode);
  const problem = creditCodeProblem(creditCode);
  if (problem) throw new DomainError(problem === "FORMAT" ? "CREDIT_CODE_FORMAT" : "CREDIT_CODE_CHECK_DIGIT", { field: "creditCode" });
  const now = input.now ?? new Date();
  const yearStart = contributionYearStart(todayInShanghai(now));
  const taken = () => new DomainError("CREDIT_CODE_TAKEN", { field: "creditCode" });
  return inTransaction(
    async (tx) => {
      const rates = checkRatePair(input, await rateBounds(tx, todayInShanghai(now)));
      if (await tx.employer.findUnique({ where: { creditCode }, select: { id: true } })) throw taken();
      const window = await tx.serviceWindow.findUniqueOrThrow({ where: { id: windowId }, select: { centerId: true } });
      const employer = await tx.employer.create({
        data: {
          centerId: window.centerId,
          creditCode,
          name: input.name.trim(),
          address: input.address.trim(),
          contactPhone: input.contactPhone.trim(),
          createdAt: now,
          rates: { create: { yearStart, employerRatePercent: rates.employer, personalRatePercent: rates.personal } },
        },
      });
      await recordAudit(tx, {
        actorId: input.actor.userId,
        windowId,
        action: "EMPLOYER_REGISTERED",
        entityType: "Employer",
        entityId: employer.id,
        toState: "REGISTERED",
        detail: { creditCode, name: employer.name, yearStart, employerRate: rates.employer, personalRate: rates.personal },
      });
      return { employerId: employer.id };
    },
    { onUnique: taken },
  );
}
