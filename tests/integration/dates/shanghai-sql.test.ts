import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { shanghaiDayStart } from "@/lib/dates/business-day";
import { todayInShanghai } from "@/lib/dates/calendar";
import { shanghaiDateSql, shanghaiDayStartSql } from "@/lib/dates/sql";

// The SQL twins of the TS conversions must agree on the instants around midnight in Shanghai.
const INSTANTS = ["2026-11-25T15:59:59.999Z", "2026-11-25T16:00:00.000Z", "2026-12-31T16:00:00.000Z", "2028-02-28T23:00:00.000Z"];

it("the Shanghai date of a UTC timestamp is the same in SQL and TS", async () => {
  for (const at of INSTANTS) {
    const [row] = await db.$queryRaw<{ day: string }[]>`SELECT ${shanghaiDateSql(Prisma.sql`${at}::timestamp`)}::text AS day`;
    expect(row!.day, at).toBe(todayInShanghai(new Date(at)));
  }
});

it("the start of a Shanghai day is the same in SQL and TS", async () => {
  for (const day of ["2026-11-26", "2027-01-01", "2028-02-29"]) {
    const [row] = await db.$queryRaw<{ start: Date }[]>`SELECT ${shanghaiDayStartSql(day)} AS start`;
    expect(row!.start.toISOString(), day).toBe(shanghaiDayStart(day).toISOString());
  }
});
