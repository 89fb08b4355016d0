import { buildCreditCode } from "./credit-code";
import { addDays, contributionYearOf, monthIndex, stamp } from "./clock";
import type { SeedContext } from "./context";
import { IdSequence, pad } from "./ids";
import { DISTRICTS, INDUSTRIES, TRADE_NAMES } from "./words";

export const CENTER_NAME = "南京住房公积金管理中心";
export const WINDOW_COUNT = 10;

export type RatePair = { employer: string; personal: string };
export type EmployerInfo = { id: string; index: number; ratesByYear: Map<number, RatePair> };
export type Org = { centerId: string; windowIds: string[]; employers: EmployerInfo[] };

/** Oldest contribution year the seed can reach: 60 months of history plus up to 12 sealed months. */
export function firstContributionYear(asOf: string): number {
  return contributionYearOf(monthIndex(asOf) - 1 - 60 - 12);
}

/** The center, its ten windows and the employers with one rate pair per contribution year. */
export function buildOrg(ctx: SeedContext, employerCount: number): Org {
  const rng = ctx.rng("org");
  const centerId = "center_000001";
  const since = stamp("2015-01-05", 9);
  ctx.rows.centers.push({ id: centerId, code: "320100", name: CENTER_NAME, city: "南京市", createdAt: since });

  const windowIds: string[] = [];
  for (let n = 1; n <= WINDOW_COUNT; n++) {
    const id = `window_${pad(n, 6)}`;
    windowIds.push(id);
    ctx.rows.windows.push({ id, centerId, number: n, name: `${n}号综合窗口`, active: true });
  }

  const employerIds = new IdSequence("emp");
  const rateIds = new IdSequence("rate");
  const names = new Set<string>();
  const orgBodies = new Set<string>();
  const firstYear = firstContributionYear(ctx.asOf);
  const currentYear = contributionYearOf(monthIndex(ctx.asOf));
  const employers: EmployerInfo[] = [];

  for (let index = 0; index < employerCount; index++) {
    let name: string;
    do {
      const suffix = rng.chance(0.2) ? "股份有限公司" : "有限公司";
      name = `南京${rng.pick(TRADE_NAMES)}${rng.pick(INDUSTRIES)}${suffix}`;
    } while (names.has(name));
    names.add(name);
    let body: string;
    do body = rng.digits(8);
    while (orgBodies.has(body));
    orgBodies.add(body);
    const district = rng.weighted(DISTRICTS.map((d) => [d, d.weight] as const));
    const id = employerIds.take();
    ctx.rows.employers.push({
      id,
      centerId,
      creditCode: buildCreditCode(district.code, body),
      name,
      address: `南京市${district.name}${rng.pick(district.roads)}${rng.int(1, 399)}号`,
      contactPhone: `025-${rng.pick(["5", "8"])}${rng.digits(7)}`,
      createdAt: stamp(addDays("2016-01-04", rng.int(0, 1500)), 10),
    });

    // Rates stay put most years; employers and staff usually pay the same percentage.
    const ratesByYear = new Map<number, RatePair>();
    let employerRate: number = rng.weighted([
      [12, 5],
      [10, 3],
      [8, 3],
      [5, 2],
      [6, 1],
      [7, 1],
      [9, 1],
      [11, 1],
    ] as const);
    for (let year = firstYear; year <= currentYear; year++) {
      if (year > firstYear && rng.chance(0.15)) employerRate = Math.min(12, Math.max(5, employerRate + rng.pick([-2, -1, 1, 2])));
      const personalRate = rng.chance(0.85) ? employerRate : rng.int(5, 12);
      const pair = { employer: `${employerRate}.00`, personal: `${personalRate}.00` };
      ratesByYear.set(year, pair);
      ctx.rows.employerRates.push({
        id: rateIds.take(),
        employerId: id,
        yearStart: year,
        employerRatePercent: pair.employer,
        personalRatePercent: pair.personal,
      });
    }
    employers.push({ id, index, ratesByYear });
  }
  return { centerId, windowIds, employers };
}
