/**
 * Deterministic primary keys: a kind prefix and a zero-padded counter ("dep_000042"). Re-seeding
 * gives the same ids, and the underscore keeps them apart from the cuids the app generates.
 */
export class IdSequence {
  private next = 1;

  constructor(private readonly prefix: string) {}

  take(): string {
    return `${this.prefix}_${String(this.next++).padStart(6, "0")}`;
  }
}

/** A per-key counter for human-facing numbers (certificate numbers per year, case numbers per day). */
export class Counter<K> {
  private readonly values = new Map<K, number>();

  constructor(private readonly start: (key: K) => number) {}

  take(key: K): number {
    const value = this.values.get(key) ?? this.start(key);
    this.values.set(key, value + 1);
    return value;
  }
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}
