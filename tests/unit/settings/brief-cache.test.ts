import { describe, expect, it } from "vitest";
import { briefCache } from "@/lib/settings/brief-cache";

function counter() {
  let reads = 0;
  return { load: async () => ++reads, reads: () => reads };
}

describe("briefCache (settings kept a few seconds by the production server)", () => {
  it("reads once within the time to live, and again after it", async () => {
    let clock = 1_000;
    const cache = briefCache<number>({ ttlMs: 5_000, enabled: () => true, now: () => clock });
    const source = counter();
    expect(await cache.get(source.load)).toBe(1);
    clock += 4_999;
    expect(await cache.get(source.load)).toBe(1);
    clock += 1;
    expect(await cache.get(source.load)).toBe(2);
    expect(source.reads()).toBe(2);
  });

  it("reads again at once after invalidate (a save in this process)", async () => {
    const cache = briefCache<number>({ ttlMs: 5_000, enabled: () => true, now: () => 0 });
    const source = counter();
    await cache.get(source.load);
    cache.invalidate();
    expect(await cache.get(source.load)).toBe(2);
  });

  it("shares one read between concurrent requests", async () => {
    const cache = briefCache<number>({ ttlMs: 5_000, enabled: () => true, now: () => 0 });
    const source = counter();
    expect(await Promise.all([cache.get(source.load), cache.get(source.load), cache.get(source.load)])).toEqual([1, 1, 1]);
    expect(source.reads()).toBe(1);
  });

  it("does not keep a failed read", async () => {
    const cache = briefCache<number>({ ttlMs: 5_000, enabled: () => true, now: () => 0 });
    await expect(cache.get(() => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    expect(await cache.get(async () => 7)).toBe(7);
  });

  it("reads through every time when disabled (tests, next dev)", async () => {
    const cache = briefCache<number>({ ttlMs: 5_000, enabled: () => false, now: () => 0 });
    const source = counter();
    await cache.get(source.load);
    expect(await cache.get(source.load)).toBe(2);
  });
});
