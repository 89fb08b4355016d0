import type Decimal from "decimal.js";
import { parseResidentId } from "../../lib/identity/resident-id";
import { Money } from "../../lib/money";
import { ageOn, dateValue, monthIndex, monthStart, stamp } from "./clock";
import { MIN_BASE, postHistory } from "./ledger";
import type { SeedContext } from "./context";
import { DEMO_CITIZENS } from "./demo-accounts";
import { IdSequence, pad } from "./ids";
import type { Org } from "./org";
import { type Person, PersonFactory } from "./people";

export type DemoKey = "ZHANG_WEI" | "LI_NA" | "WANG_LEI";
const DEMO_KEYS: DemoKey[] = ["ZHANG_WEI", "LI_NA", "WANG_LEI"];

export type AccountInfo = { id: string; status: "NORMAL" | "SEALED"; balance: Decimal; months: number; openedOn: string };
export type DepositorInfo = Person & {
  id: string;
  employerId: string;
  maritalStatus: "SINGLE" | "MARRIED" | "DIVORCED" | "WIDOWED";
  spouse: DepositorInfo | null;
  incomeYuan: Decimal;
  account: AccountInfo;
  demo: DemoKey | null;
  /** Taken by a loan (as borrower or co-borrower) or a home of their own in the registry. */
  busy: boolean;
};
export type Fund = { depositors: DepositorInfo[]; demo: Record<DemoKey, DepositorInfo>; people: PersonFactory };

/** The highest contribution base: three times the city's average wage. */
const MAX_BASE = 34500;

function demoPerson(index: number, asOf: string): Person {
  const demo = DEMO_CITIZENS[index]!;
  const parsed = parseResidentId(demo.loginName, new Date(`${asOf}T00:00:00Z`));
  if (!parsed.ok) throw new Error(`Demo ID ${demo.loginName} is invalid: ${parsed.problem}`);
  return {
    idNumber: parsed.value.idNumber,
    name: demo.displayName,
    gender: parsed.value.gender,
    birthDate: parsed.value.birthDate,
    phone: `1390250000${index + 1}`,
  };
}

/** Depositors (3 demo citizens first), their accounts, 24–60 months of contributions and the ledger. */
export function buildFund(ctx: SeedContext, org: Org, count: number): Fund {
  const rng = ctx.rng("fund");
  const demoPeople = DEMO_KEYS.map((_, i) => demoPerson(i, ctx.asOf));
  const people = new PersonFactory(ctx.rng("people"), ctx.asOf, demoPeople);
  const depositorIds = new IdSequence("dep");
  const employerWeights = org.employers.map((e) => [e, 1 / Math.pow(e.index + 3, 0.8)] as const);

  const depositors: DepositorInfo[] = [];
  const add = (person: Person, demo: DemoKey | null, employerIndex?: number): DepositorInfo => {
    const age = ageOn(person.birthDate, ctx.asOf);
    const married = rng.chance(age < 26 ? 0.15 : age < 32 ? 0.5 : 0.82);
    const maritalStatus = married
      ? "MARRIED"
      : age > 30 && rng.chance(0.12)
        ? age > 48 && rng.chance(0.3)
          ? "WIDOWED"
          : "DIVORCED"
        : "SINGLE";
    const employer = employerIndex === undefined ? rng.weighted(employerWeights) : org.employers[employerIndex]!;
    const info: DepositorInfo = {
      ...person,
      id: depositorIds.take(),
      employerId: employer.id,
      maritalStatus,
      spouse: null,
      incomeYuan: new Money(0),
      account: { id: "", status: "NORMAL", balance: new Money(0), months: 0, openedOn: "" },
      demo,
      busy: false,
    };
    depositors.push(info);
    return info;
  };

  const zhang = add(demoPeople[0]!, "ZHANG_WEI", 0);
  const li = add(demoPeople[1]!, "LI_NA", 0);
  const wang = add(demoPeople[2]!, "WANG_LEI", 1);
  li.maritalStatus = "SINGLE";
  wang.maritalStatus = "SINGLE";
  const zhangSpouse = add(people.make({ minAge: 32, maxAge: 37, gender: "FEMALE" }), null);
  zhang.maritalStatus = "MARRIED";
  zhangSpouse.maritalStatus = "MARRIED";
  linkSpouses(zhang, zhangSpouse);
  while (depositors.length < count) add(people.make({ minAge: 22, maxAge: 58 }), null);

  // Pair about half of the married depositors with each other; the rest have spouses outside the fund.
  const single = (g: "MALE" | "FEMALE") =>
    rng.shuffle(depositors.filter((d) => d.demo === null && d.spouse === null && d.maritalStatus === "MARRIED" && d.gender === g));
  const women = single("FEMALE");
  const ageOf = new Map(women.map((w) => [w, ageOn(w.birthDate, ctx.asOf)]));
  for (const man of single("MALE")) {
    if (!rng.chance(0.5)) continue;
    const manAge = ageOn(man.birthDate, ctx.asOf);
    const at = women.findIndex((w) => Math.abs(ageOf.get(w)! - manAge) <= 6);
    if (at >= 0) linkSpouses(man, women.splice(at, 1)[0]!);
  }

  const accountIds = new IdSequence("acct");
  const contributionIds = new IdSequence("ctb");
  const lastMonth = monthIndex(ctx.asOf) - 1;
  const employersById = new Map(org.employers.map((e) => [e.id, e]));
  for (const d of depositors) {
    const employerId = d.employerId;
    const employer = employersById.get(employerId)!;
    const baseYuan = d.demo === "ZHANG_WEI" ? 15000 : d.demo === "LI_NA" ? 12000 : d.demo === "WANG_LEI" ? 6800 : baseFrom(rng);
    d.incomeYuan = new Money(baseYuan).times(rng.int(100, 130)).dividedBy(1000).toDecimalPlaces(0).times(10);
    const months = d.demo === "ZHANG_WEI" ? 48 : d.demo === "LI_NA" ? 36 : d.demo === "WANG_LEI" ? 24 : rng.int(24, 60);
    const sealed = d.demo === null && d !== zhangSpouse && rng.chance(0.06);
    const stopMonth = lastMonth - (sealed ? rng.int(3, 12) : 0);
    const firstMonth = stopMonth - months + 1;
    const account: AccountInfo = {
      id: accountIds.take(),
      status: sealed ? "SEALED" : "NORMAL",
      balance: new Money(0),
      months,
      openedOn: monthStart(firstMonth),
    };
    d.account = account;
    ctx.rows.depositors.push({
      id: d.id,
      idNumber: d.idNumber,
      name: d.name,
      gender: d.gender,
      birthDate: dateValue(d.birthDate),
      phone: d.phone,
      maritalStatus: d.maritalStatus,
      spouseId: null,
      employerId,
      monthlyIncome: d.incomeYuan.toFixed(2),
      createdAt: stamp(account.openedOn, 9),
    });

    const history = postHistory(ctx, { accountId: account.id, employer, baseYuan, firstMonth, stopMonth, lastMonth, contributionIds });
    account.balance = history.balance;
    ctx.rows.accounts.push({
      id: account.id,
      accountNo: `3201${pad(ctx.rows.accounts.length + 1, 8)}`,
      depositorId: d.id,
      employerId,
      status: account.status,
      balance: history.balance.toFixed(2),
      contributionBase: history.base,
      employerRatePercent: history.rates.employer,
      personalRatePercent: history.rates.personal,
      openedOn: dateValue(account.openedOn),
      // Every balance change bumped the optimistic-lock version once.
      version: history.entries,
      updatedAt: history.lastPosted,
    });
  }
  for (const d of depositors) {
    if (d.spouse) ctx.rows.spouseLinks.push({ id: d.id, spouseId: d.spouse.id });
  }
  const demo = { ZHANG_WEI: zhang, LI_NA: li, WANG_LEI: wang };
  return { depositors, demo, people };
}

function linkSpouses(a: DepositorInfo, b: DepositorInfo): void {
  a.spouse = b;
  b.spouse = a;
}

/** Contribution base in whole yuan, between the minimum wage and 3 × the average wage. */
function baseFrom(rng: ReturnType<SeedContext["rng"]>): number {
  const [low, high] = rng.weighted([
    [[MIN_BASE, 5000], 30],
    [[5000, 12000], 45],
    [[12000, 25000], 20],
    [[25000, MAX_BASE], 5],
  ] as const);
  return rng.int(low, high);
}
