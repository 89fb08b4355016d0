import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { isYuanString, money } from "@/lib/money";
import { recordAudit } from "@/lib/audit/record-audit";
import { inTransaction } from "@/lib/db/transaction";
import { lockSeries, nextAfter, pad } from "@/lib/db/serial";
import type { Actor } from "@/lib/auth/actor";
import { dateColumn, todayInShanghai } from "@/lib/dates/calendar";
import { parseResidentId } from "@/lib/identity/resident-id";
import { fundSettings } from "@/lib/accounts/fund-settings";
import { contributionYearStart } from "@/lib/remittances/contribution-year";
import { authorizeForEmployer, type EmployerChannel } from "@/lib/employers/employer-access";
import { rateBounds } from "@/lib/employers/rate-bounds-store";

export type HireInput = {
  /** The employer's own agent (online) or a teller at a window. */
  actor: Actor;
  employerId: string;
  idNumber: string;
  name: string;
  phone: string;
  /** Needed only for a person new to the fund. */
  maritalStatus?: "SINGLE" | "MARRIED" | "DIVORCED" | "WIDOWED";
  /** Monthly contribution base, yuan. */
  base: string;
  /** First day of work, "YYYY-MM-DD", not after today. */
  hiredOn: string;
  now?: Date;
};

export type HireResult = {
  accountId: string;
  accountNo: string;
  /** OPENED: a new account; UNSEALED: this employer's sealed account; TRANSFERRED: moved here in the city. */
  outcome: "OPENED" | "UNSEALED" | "TRANSFERRED";
  /** The balance carried over by a move (yuan string). */
  carriedBalance: string | null;
};

type LockedAccount = { id: string; accountNo: string; employerId: string; status: string; balance: string; depositorName: string };

/**
 * 增员 / 个人开户: the employer's agent online or a teller at a window adds a new hire.
 * - A person new to the fund: a Depositor and a DepositAccount (个人开户) at the employer's rates.
 * - A person whose account at this employer is sealed: it is unsealed (启封).
 * - A person whose account is sealed at another employer in the city: 市内转移 — in one transaction the
 *   account moves to this employer and is unsealed; its balance and contribution months stay with
 *   it, the ledger shows a TRANSFER_OUT / TRANSFER_IN pair (net zero), and the audit row names
 *   both employers.
 * The account row is locked, so two agents hiring the same person act once. The name must match
 * the registered one for a person already in the fund.
 * Errors: FORBIDDEN_ROLE, FORBIDDEN_EMPLOYER, WINDOW_REQUIRED, EMPLOYER_NOT_FOUND,
 * ID_NUMBER_INVALID (idNumber), NAME_MISMATCH (name), BASE_OUT_OF_RANGE (base), DATE_IN_FUTURE
 * (hiredOn), ALREADY_EMPLOYED, ACTIVE_ELSEWHERE, ACCOUNT_CLOSED.
 */
export async function hireEmployee(input: HireInput): Promise<HireResult> {
  const now = input.now ?? new Date();
  const parsed = parseResidentId(input.idNumber, now);
  if (!parsed.ok) throw new DomainError("ID_NUMBER_INVALID", { field: "idNumber", details: { problem: parsed.problem } });
  if (input.hiredOn > todayInShanghai(now)) throw new DomainError("DATE_IN_FUTURE", { field: "hiredOn" });
  return inTransaction(async (tx) => {
    const channel = await authorizeForEmployer(tx, input.actor, input.employerId);
    const settings = await fundSettings(tx);
    if (!isYuanString(input.base) || money(input.base).lt(settings.minimumWage) || money(input.base).gt(settings.maxBase))
      throw new DomainError("BASE_OUT_OF_RANGE", { field: "base", details: { min: settings.minimumWage, max: settings.maxBase } });
    const base = money(input.base).toFixed(2);
    const rates = await currentRates(tx, input.employerId, now);
    const idNumber = parsed.value.idNumber;
    // Serialize hires of one person (two employers at once): the series lock covers "no account yet".
    await lockSeries(tx, `hire:${idNumber}`);
    const [account] = await tx.$queryRaw<LockedAccount[]>`
      SELECT a.id, a."accountNo", a."employerId", a.status::text AS status, a.balance::text AS balance, d.name AS "depositorName"
        FROM "DepositAccount" a JOIN "Depositor" d ON d.id = a."depositorId"
       WHERE d."idNumber" = ${idNumber} FOR UPDATE OF a`;
    const depositor = await tx.depositor.findUnique({ where: { idNumber }, select: { id: true, name: true } });
    if (depositor && depositor.name !== input.name.trim()) throw new DomainError("NAME_MISMATCH", { field: "name" });
    const ctx = { tx, input, channel, base, rates, now };
    if (!account) return openAccount(ctx, parsed.value, depositor?.id ?? null);
    if (account.status === "CLOSED") throw new DomainError("ACCOUNT_CLOSED", { field: "idNumber" });
    if (account.status === "NORMAL") {
      throw new DomainError(account.employerId === input.employerId ? "ALREADY_EMPLOYED" : "ACTIVE_ELSEWHERE", { field: "idNumber" });
    }
    return resumeAccount(ctx, account);
  });
}

type Ctx = {
  tx: Tx;
  input: HireInput;
  channel: EmployerChannel;
  base: string;
  rates: { employer: string; personal: string };
  now: Date;
};

/** The employer's rate pair for the current contribution year, else its latest. */
async function currentRates(tx: Tx, employerId: string, now: Date): Promise<{ employer: string; personal: string }> {
  const yearStart = contributionYearStart(todayInShanghai(now));
  const rate = await tx.employerRate.findFirst({
    where: { employerId, yearStart: { lte: yearStart } },
    orderBy: { yearStart: "desc" },
  });
  const any = rate ?? (await tx.employerRate.findFirst({ where: { employerId }, orderBy: { yearStart: "asc" } }));
  if (any) return { employer: any.employerRatePercent.toFixed(2), personal: any.personalRatePercent.toFixed(2) };
  // No rate fixed yet: the lowest allowed pair until the first remittance fixes the year's rates.
  const { min } = await rateBounds(tx, todayInShanghai(now));
  return { employer: min, personal: min };
}

async function nextAccountNo(tx: Tx): Promise<string> {
  await lockSeries(tx, "accountNo");
  const last = await tx.$queryRaw<{ accountNo: string }[]>`
    SELECT "accountNo" FROM "DepositAccount" WHERE "accountNo" ~ '^3201[0-9]{8}$' ORDER BY "accountNo" DESC LIMIT 1`;
  return `3201${pad(nextAfter([last[0]?.accountNo], "3201"), 8)}`;
}

async function openAccount(
  { tx, input, channel, base, rates, now }: Ctx,
  person: { idNumber: string; birthDate: string; gender: "MALE" | "FEMALE" },
  existingDepositorId: string | null,
): Promise<HireResult> {
  const depositorId =
    existingDepositorId ??
    (
      await tx.depositor.create({
        data: {
          idNumber: person.idNumber,
          name: input.name.trim(),
          gender: person.gender,
          birthDate: dateColumn(person.birthDate),
          phone: input.phone.trim(),
          maritalStatus: input.maritalStatus ?? "SINGLE",
          employerId: input.employerId,
          monthlyIncome: base,
        },
        select: { id: true },
      })
    ).id;
  if (existingDepositorId) await tx.depositor.update({ where: { id: depositorId }, data: { employerId: input.employerId } });
  const account = await tx.depositAccount.create({
    data: {
      accountNo: await nextAccountNo(tx),
      depositorId,
      employerId: input.employerId,
      contributionBase: base,
      employerRatePercent: rates.employer,
      personalRatePercent: rates.personal,
      openedOn: dateColumn(input.hiredOn),
    },
    select: { id: true, accountNo: true },
  });
  const change = await recordHire(tx, input, channel, account.id, now, null, null);
  await recordAudit(tx, {
    actorId: input.actor.userId,
    windowId: channel.windowId,
    action: "ACCOUNT_OPENED",
    entityType: "DepositAccount",
    entityId: account.id,
    toState: "NORMAL",
    detail: {
      employerId: input.employerId,
      staffChangeId: change,
      accountNo: account.accountNo,
      base,
      hiredOn: input.hiredOn,
      channel: channel.channel,
    },
  });
  return { accountId: account.id, accountNo: account.accountNo, outcome: "OPENED", carriedBalance: null };
}

async function resumeAccount({ tx, input, channel, base, rates, now }: Ctx, account: LockedAccount): Promise<HireResult> {
  const moved = account.employerId !== input.employerId;
  const balance = money(account.balance);
  const changeId = await recordHire(
    tx,
    input,
    channel,
    account.id,
    now,
    moved ? account.employerId : null,
    moved ? balance.toFixed(2) : null,
  );
  const today = dateColumn(todayInShanghai(now));
  if (moved) {
    const [from, to] = await Promise.all(
      [account.employerId, input.employerId].map((id) => tx.employer.findUniqueOrThrow({ where: { id }, select: { name: true } })),
    );
    // The move as a ledger pair valued the same day: out of the old employer's book, into the new one's.
    await tx.ledgerEntry.createMany({
      data: [
        {
          accountId: account.id,
          kind: "TRANSFER_OUT",
          amount: balance.negated().toFixed(2),
          balanceAfter: "0.00",
          valueDate: today,
          postedAt: now,
          reference: changeId,
          note: `市内转移转出（${from!.name}）`,
        },
        {
          accountId: account.id,
          kind: "TRANSFER_IN",
          amount: balance.toFixed(2),
          balanceAfter: balance.toFixed(2),
          valueDate: today,
          postedAt: now,
          reference: changeId,
          note: `市内转移转入（${to!.name}）`,
        },
      ],
    });
  }
  const updated = await tx.depositAccount.updateMany({
    where: { id: account.id, status: "SEALED", employerId: account.employerId },
    data: {
      status: "NORMAL",
      employerId: input.employerId,
      contributionBase: base,
      employerRatePercent: rates.employer,
      personalRatePercent: rates.personal,
      version: { increment: 1 },
    },
  });
  if (updated.count !== 1) throw new DomainError("ALREADY_HANDLED");
  const depositor = await tx.depositAccount.findUniqueOrThrow({ where: { id: account.id }, select: { depositorId: true } });
  await tx.depositor.update({ where: { id: depositor.depositorId }, data: { employerId: input.employerId } });
  const months = await tx.contribution.count({ where: { accountId: account.id } });
  await recordAudit(tx, {
    actorId: input.actor.userId,
    windowId: channel.windowId,
    action: moved ? "ACCOUNT_TRANSFERRED_IN_CITY" : "ACCOUNT_UNSEALED",
    entityType: "DepositAccount",
    entityId: account.id,
    fromState: moved ? `SEALED@${account.employerId}` : "SEALED",
    toState: moved ? `NORMAL@${input.employerId}` : "NORMAL",
    detail: {
      staffChangeId: changeId,
      fromEmployerId: account.employerId,
      toEmployerId: input.employerId,
      balance: balance.toFixed(2),
      contributionMonths: months,
      hiredOn: input.hiredOn,
      channel: channel.channel,
    },
  });
  return {
    accountId: account.id,
    accountNo: account.accountNo,
    outcome: moved ? "TRANSFERRED" : "UNSEALED",
    carriedBalance: moved ? balance.toFixed(2) : null,
  };
}

async function recordHire(
  tx: Tx,
  input: HireInput,
  channel: EmployerChannel,
  accountId: string,
  now: Date,
  fromEmployerId: string | null,
  carriedBalance: string | null,
): Promise<string> {
  const change = await tx.staffChange.create({
    data: {
      employerId: input.employerId,
      accountId,
      kind: "HIRE",
      status: "DONE",
      channel: channel.channel,
      effectiveOn: dateColumn(input.hiredOn),
      fromEmployerId,
      carriedBalance,
      recordedById: input.actor.userId,
      windowId: channel.windowId,
      recordedAt: now,
      doneAt: now,
    },
    select: { id: true },
  });
  return change.id;
}
