import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import type { CollectionActor } from "@/lib/collections/access";
import type { TLogContact } from "@/lib/collections/schemas";
import { runDailyBatch } from "@/lib/servicing/run-daily-batch";
import { createUser } from "../accounts/fund-fixtures";
import { BUSINESS_DATE, createBorrowers, createOfficers, seedPortfolio } from "../servicing/fixtures";

/**
 * The collections world: the servicing portfolio on 2026-05-20 after that day's batch, so three
 * cases are OPEN — L001 (3 periods, 3 in a row) and L005 (1 period) with risk01, L002 (2 periods,
 * longest run 1) with risk02 (round-robin by loan number). L003 and L004 are not overdue.
 * Each test file has its own database: build the world once (beforeAll) and let each test work on
 * its own case.
 */
export const TODAY = BUSINESS_DATE;
/** 10:00 in Shanghai on TODAY. */
export const NOW = new Date(`${TODAY}T02:00:00Z`);
export const DAY_MS = 86_400_000;

export const actorOf = (u: { id: string; roles: Role[] }): CollectionActor => ({ userId: u.id, roles: u.roles });

export type World = Awaited<ReturnType<typeof collectionsWorld>>;

export async function collectionsWorld() {
  const [risk01, risk02] = await createOfficers(["risk01", "risk02"]);
  const borrowers = await createBorrowers(3);
  const admin = await db.user.findFirstOrThrow({ where: { roles: { has: "ADMIN" } } });
  const teller = await createUser(["TELLER"]);
  const loans = await seedPortfolio(borrowers.map((b) => b.id));
  await runDailyBatch({ businessDate: TODAY });
  const cases = await db.collectionCase.findMany({ include: { loan: true } });
  const caseOf = (loanNo: string) => {
    const found = cases.find((c) => c.loan.loanNo === loanNo);
    if (!found) throw new Error(`no collection case for ${loanNo}`);
    return found;
  };
  const loanOf = (loanNo: string) => loans.find((l) => l.loanNo === loanNo)!;
  return {
    users: { risk01: risk01!, risk02: risk02!, admin, teller },
    actors: { risk01: actorOf(risk01!), risk02: actorOf(risk02!), admin: actorOf(admin), teller: actorOf(teller) },
    borrowers,
    loanOf,
    caseOf,
  };
}

/** A phone call logged at 09:30 today with no promise, overridable. */
export function call(caseId: string, overrides: Partial<TLogContact> = {}): TLogContact {
  return {
    caseId,
    kind: "PHONE_CALL",
    contactedAt: new Date(`${TODAY}T01:30:00Z`),
    party: "借款人",
    outcome: "本人接听，称资金周转困难",
    promisedAmount: null,
    promisedDate: null,
    note: null,
    ...overrides,
  };
}

export function auditsOf(caseId: string) {
  return db.auditEntry.findMany({ where: { entityType: "CollectionCase", entityId: caseId }, orderBy: { id: "asc" } });
}
