import { describe, expect, it } from "vitest";
import { currentMonth, isBackPayment, monthOfDateColumn, monthOfInstant, newPaymentReference } from "@/lib/remittances/back-payment";

describe("back payments and payment references", () => {
  it("the current month is Shanghai's: 1 March 00:30 in Shanghai is still 28 February in UTC", () => {
    const now = new Date("2026-02-28T16:30:00Z");
    expect(currentMonth(now)).toBe("2026-03-01");
    expect(isBackPayment("2026-03-01", now)).toBe(false);
    expect(isBackPayment("2026-02-01", now)).toBe(true);
    expect(isBackPayment("2025-12-01", now)).toBe(true);
  });

  it("months of a registration instant and of a date column", () => {
    expect(monthOfInstant(new Date("2025-05-31T16:00:00Z"))).toBe("2025-06-01");
    expect(monthOfDateColumn(new Date("2026-02-17T00:00:00Z"))).toBe("2026-02-01");
  });

  it("a reference is HJ + YYYYMM + 8 unambiguous characters, different each time", () => {
    const refs = Array.from({ length: 200 }, () => newPaymentReference("2026-03-01"));
    for (const ref of refs) expect(ref).toMatch(/^HJ202603[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(new Set(refs).size).toBe(refs.length);
  });
});
