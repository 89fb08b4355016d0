import { addDays, dayNumber, isoFromDay } from "./clock";
import type { SeedContext } from "./context";
import type { DepositorInfo, Fund } from "./fund";
import type { PersonFactory } from "./people";
import type { Owner, Registry, UnitHandle } from "./registry";
import { BANKS } from "./words";

/** A home's owners: the person alone, or with their spouse (a depositor, or someone outside the fund). */
export function householdOwners(d: DepositorInfo, people: PersonFactory, coOwnSpouse: boolean): Owner[] {
  if (!coOwnSpouse || d.maritalStatus !== "MARRIED") return [d];
  if (d.spouse) return [d, d.spouse];
  return [d, people.make({ minAge: 24, maxAge: 60, gender: d.gender === "MALE" ? "FEMALE" : "MALE" })];
}

/** A commercial mortgage to a bank, registered soon after purchase; some are already paid off. */
export function addBankMortgage(ctx: SeedContext, registry: Registry, unit: UnitHandle): void {
  const rng = ctx.rng(`bank:${unit.unitId}`);
  const lastDay = dayNumber(addDays(ctx.asOf, -1));
  const registeredDay = Math.min(lastDay, dayNumber(unit.issuedOn) + rng.int(3, 25));
  const releaseFrom = registeredDay + 2 * 365;
  const released = releaseFrom < lastDay && rng.chance(0.15);
  registry.addMortgage(unit, {
    mortgagee: rng.pick(BANKS),
    securedAmount: unit.purchasePrice.times(rng.int(40, 70)).dividedBy(1_000_000).toDecimalPlaces(0).times(10_000),
    registeredOn: isoFromDay(registeredDay),
    releasedOn: released ? isoFromDay(rng.int(releaseFrom, lastDay)) : undefined,
  });
}

/**
 * Homes owned by depositors outside the loan plan (some mortgaged to banks, most free, so new
 * loan cases can be opened on them), including the demo citizen 李娜's, then homes of people
 * outside the fund until the registry holds `total` units.
 */
export function fillRegistry(ctx: SeedContext, registry: Registry, fund: Fund, depositorHomes: number, total: number): void {
  const rng = ctx.rng("homes");
  const li = fund.demo.LI_NA;
  li.busy = true;
  registry.addUnit([li], addDays(ctx.asOf, -rng.int(60, 200)));

  const free = rng.shuffle(fund.depositors.filter((d) => !d.busy && d.demo === null));
  let given = 0;
  for (const d of free) {
    if (given >= depositorHomes) break;
    if (d.busy) continue;
    const owners = householdOwners(d, fund.people, rng.chance(0.7));
    for (const owner of owners) if (owner !== d && d.spouse === owner) d.spouse.busy = true;
    d.busy = true;
    const unit = registry.addUnit(owners);
    if (rng.chance(0.25)) addBankMortgage(ctx, registry, unit);
    given++;
  }

  while (registry.unitCount < total) {
    const first = fund.people.make({ minAge: 24, maxAge: 75 });
    const owners: Owner[] = [first];
    if (rng.chance(0.55)) owners.push(fund.people.make({ minAge: 24, maxAge: 75, gender: first.gender === "MALE" ? "FEMALE" : "MALE" }));
    const unit = registry.addUnit(owners);
    if (rng.chance(0.3)) addBankMortgage(ctx, registry, unit);
  }
}
