import type Decimal from "decimal.js";
import { Money } from "../../lib/money";
import { addDays, dateValue, dayNumber, isoFromDay, stamp, yearOf } from "./clock";
import type { SeedContext } from "./context";
import { Counter, IdSequence, pad } from "./ids";
import type { PersonFactory } from "./people";
import type { Rng } from "./random";
import { DISTRICTS, ESTATE_SUFFIXES, ESTATE_WORDS, type District } from "./words";

export type Owner = { idNumber: string; name: string };
export type UnitHandle = { unitId: string; certId: string; purchasePrice: Decimal; issuedOn: string; owners: Owner[] };
export type MortgageSpec = {
  mortgagee: string;
  securedAmount: Decimal;
  registeredOn: string;
  loanId?: string;
  releasedOn?: string;
};

type Slot = {
  unitNo: string;
  district: District;
  address: string;
  area: Decimal;
  floor: number;
  totalFloors: number;
  builtYear: number;
  priceFactor: number;
};

/** Price level by year relative to 2021 (percent): older purchases were cheaper, recent ones too. */
function yearFactor(year: number): number {
  const table: Record<number, number> = { 2017: 85, 2018: 90, 2019: 93, 2020: 97, 2021: 100, 2022: 98, 2023: 94, 2024: 88 };
  return year <= 2016 ? 72 : (table[year] ?? 84);
}

/**
 * The real-estate registry: units (28-character unit numbers), one VALID certificate each with its
 * owners, and mortgages. Slots are laid out estate by estate, then handed out in shuffled order so
 * homes of loan borrowers spread over the whole city.
 */
export class Registry {
  private readonly rng: Rng;
  private readonly slots: Slot[] = [];
  private readonly unitIds = new IdSequence("unit");
  private readonly certIds = new IdSequence("cert");
  private readonly ownerIds = new IdSequence("own");
  private readonly mortgageIds = new IdSequence("mtg");
  private readonly certNumbers = new Counter<number>(() => 10001);
  private readonly proofNumbers = new Counter<number>(() => 5001);

  constructor(
    private readonly ctx: SeedContext,
    private readonly people: PersonFactory,
    capacity: number,
  ) {
    this.rng = ctx.rng("registry");
    const parcels = new Counter<string>(() => 1);
    while (this.slots.length < capacity) this.addEstate(parcels);
    this.rng.shuffle(this.slots);
  }

  get unitCount(): number {
    return this.ctx.rows.units.length;
  }

  private addEstate(parcels: Counter<string>): void {
    const rng = this.rng;
    const district = rng.weighted(DISTRICTS.map((d) => [d, d.weight] as const));
    const old = rng.chance(0.25);
    const builtYear = old ? rng.int(1995, 2004) : rng.int(2005, 2023);
    const totalFloors = old ? 6 : rng.pick([11, 18, 26, 33]);
    const perFloor = old ? 2 : rng.int(2, 4);
    const buildings = rng.int(4, 16);
    const zone = `${pad(rng.int(1, 30), 3)}${pad(rng.int(1, 20), 3)}`;
    const parcel = pad(parcels.take(district.code), 5);
    const name = rng.pick(ESTATE_WORDS) + rng.pick(ESTATE_SUFFIXES);
    const street = `南京市${district.name}${rng.pick(district.roads)}${rng.int(1, 499)}号${name}`;
    const priceFactor = rng.int(85, 120);
    const taken = new Set<string>();
    const wanted = rng.int(20, 40);
    while (taken.size < wanted) {
      const building = rng.int(1, buildings);
      const floor = rng.int(1, totalFloors);
      const position = rng.int(1, perFloor);
      const key = `${building}-${floor}-${position}`;
      if (taken.has(key)) continue;
      taken.add(key);
      const room = (floor - 1) * perFloor + position;
      const areaCents = old ? rng.int(5000, 9500) : rng.int(7500, 16000);
      this.slots.push({
        unitNo: `${district.code}${zone}GB${parcel}F${pad(building, 4)}${pad(room, 4)}`,
        district,
        address: `${street}${building}幢${floor}${pad(position, 2)}室`,
        area: new Money(areaCents).dividedBy(100),
        floor,
        totalFloors,
        builtYear,
        priceFactor,
      });
    }
  }

  /** A random issue date for the next slot (the one addUnit pops), never before 2016 or the building. */
  randomIssueDate(): string {
    const slot = this.slots[this.slots.length - 1]!;
    const from = Math.max(dayNumber("2016-01-04"), dayNumber(`${slot.builtYear + 1}-03-01`));
    const to = dayNumber(addDays(this.ctx.asOf, -20));
    return isoFromDay(this.rng.int(Math.min(from, to), to));
  }

  /** Registers the next unit with a VALID certificate issued on `issuedOn` to `owners`. */
  addUnit(owners: Owner[], issuedOn: string = this.randomIssueDate()): UnitHandle {
    const slot = this.slots.pop();
    if (!slot) throw new Error("Registry ran out of unit slots");
    const unitId = this.unitIds.take();
    this.ctx.rows.units.push({
      id: unitId,
      unitNo: slot.unitNo,
      district: slot.district.name,
      address: slot.address,
      buildingArea: slot.area.toFixed(2),
      usage: "住宅",
      floor: slot.floor,
      totalFloors: slot.totalFloors,
      builtYear: slot.builtYear,
    });
    const perSqm = new Money(slot.district.pricePerSqm)
      .times(slot.priceFactor)
      .times(yearFactor(yearOf(issuedOn)))
      .dividedBy(10000);
    const purchasePrice = slot.area.times(perSqm).dividedBy(1000).toDecimalPlaces(0).times(1000);
    // A few homes changed hands before: the seller's certificate was cancelled at the transfer.
    if (yearOf(issuedOn) >= 2019 && this.rng.chance(0.05)) {
      const seller = this.people.make({ minAge: 40, maxAge: 75 });
      const earlier = isoFromDay(this.rng.int(dayNumber("2016-01-04"), dayNumber(issuedOn) - 400));
      this.addCertificate(unitId, earlier, purchasePrice.times(85).dividedBy(100000).toDecimalPlaces(0).times(1000), [seller], "CANCELLED");
    }
    const certId = this.addCertificate(unitId, issuedOn, purchasePrice, owners, "VALID");
    return { unitId, certId, purchasePrice, issuedOn, owners };
  }

  private addCertificate(unitId: string, issuedOn: string, price: Decimal, owners: Owner[], status: "VALID" | "CANCELLED"): string {
    const id = this.certIds.take();
    const year = yearOf(issuedOn);
    this.ctx.rows.certificates.push({
      id,
      certNo: `苏(${year})南京市不动产权第${pad(this.certNumbers.take(year), 7)}号`,
      unitId,
      status,
      issuedOn: dateValue(issuedOn),
      purchasePrice: price.toFixed(2),
    });
    const share = owners.length === 1 ? "100.00" : "50.00";
    for (const owner of owners) {
      this.ctx.rows.owners.push({
        id: this.ownerIds.take(),
        certificateId: id,
        idNumber: owner.idNumber,
        name: owner.name,
        sharePercent: share,
      });
    }
    return id;
  }

  /** 不动产登记证明 numbers; releases take numbers from the same yearly series. */
  private proofNo(on: string): string {
    const year = yearOf(on);
    return `苏(${year})南京市不动产证明第${pad(this.proofNumbers.take(year), 7)}号`;
  }

  addMortgage(unit: UnitHandle, spec: MortgageSpec): string {
    const id = this.mortgageIds.take();
    const mortgagor = unit.owners[0]!;
    this.ctx.rows.mortgages.push({
      id,
      registrationNo: this.proofNo(spec.registeredOn),
      unitId: unit.unitId,
      certificateId: unit.certId,
      mortgagee: spec.mortgagee,
      mortgagorIdNumber: mortgagor.idNumber,
      mortgagorName: mortgagor.name,
      securedAmount: spec.securedAmount.toFixed(2),
      status: spec.releasedOn ? "RELEASED" : "REGISTERED",
      registeredAt: stamp(spec.registeredOn, 14, this.rng.int(0, 59)),
      releasedAt: spec.releasedOn ? stamp(spec.releasedOn, 10, this.rng.int(0, 59)) : null,
      releaseNo: spec.releasedOn ? this.proofNo(spec.releasedOn) : null,
      loanId: spec.loanId ?? null,
    });
    return id;
  }
}
