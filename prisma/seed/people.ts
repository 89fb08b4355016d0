import { buildResidentId } from "../../lib/identity/resident-id";
import { addDays, dayNumber, isoFromDay } from "./clock";
import type { Rng } from "./random";
import {
  GIVEN_FEMALE_FIRST,
  GIVEN_FEMALE_LAST,
  GIVEN_MALE_FIRST,
  GIVEN_MALE_LAST,
  ID_REGION_CODES,
  MOBILE_PREFIXES,
  SURNAMES,
} from "./words";

export type Gender = "MALE" | "FEMALE";

export type Person = { idNumber: string; name: string; gender: Gender; birthDate: string; phone: string };

/**
 * Makes people with valid, unique resident ID numbers (the sequence's parity carries the gender)
 * and names that never repeat a demo citizen's, so searches for the demo people find only them.
 */
export class PersonFactory {
  private readonly ids = new Set<string>();
  private readonly phones = new Set<string>();
  private readonly reservedNames: Set<string>;

  constructor(
    private readonly rng: Rng,
    private readonly asOf: string,
    reserved: readonly Person[],
  ) {
    for (const p of reserved) {
      this.ids.add(p.idNumber);
      this.phones.add(p.phone);
    }
    this.reservedNames = new Set(reserved.map((p) => p.name));
  }

  make(opts: { minAge: number; maxAge: number; gender?: Gender }): Person {
    const rng = this.rng;
    const gender = opts.gender ?? (rng.chance(0.5) ? "MALE" : "FEMALE");
    // Born between (maxAge + 1) years minus a day and minAge years before the as-of date.
    const latest = dayNumber(addDays(this.asOf, -Math.ceil(opts.minAge * 365.25) - 1));
    const earliest = dayNumber(addDays(this.asOf, -Math.floor((opts.maxAge + 1) * 365.25) + 2));
    let idNumber: string;
    let birthDate: string;
    do {
      birthDate = isoFromDay(rng.int(earliest, latest));
      const sequence = rng.int(0, 499) * 2 + (gender === "MALE" ? 1 : 0);
      idNumber = buildResidentId(rng.weighted(ID_REGION_CODES), birthDate, sequence);
    } while (this.ids.has(idNumber));
    this.ids.add(idNumber);
    return { idNumber, name: this.name(gender), gender, birthDate, phone: this.phone() };
  }

  private name(gender: Gender): string {
    const [first, last] = gender === "MALE" ? [GIVEN_MALE_FIRST, GIVEN_MALE_LAST] : [GIVEN_FEMALE_FIRST, GIVEN_FEMALE_LAST];
    for (;;) {
      const given = this.rng.chance(0.7) ? this.rng.pick(first) + this.rng.pick(last) : this.rng.pick(last);
      const name = this.rng.weighted(SURNAMES) + given;
      if (!this.reservedNames.has(name) && given[0] !== given[1]) return name;
    }
  }

  phone(): string {
    for (;;) {
      const phone = this.rng.pick(MOBILE_PREFIXES) + this.rng.digits(8);
      if (!this.phones.has(phone)) {
        this.phones.add(phone);
        return phone;
      }
    }
  }
}
