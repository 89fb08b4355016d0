import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The Asia/Shanghai conversions in SQL, once (the TS twins are in business-day.ts). Timestamp
 * columns hold UTC wall-clock values (Prisma's `timestamp(3)`); Shanghai is UTC+8 with no daylight
 * saving, so a fixed offset is exact.
 */

/** The Shanghai calendar date of a UTC timestamp expression. */
export function shanghaiDateSql(timestamp: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${timestamp} + interval '8 hours')::date`;
}

/** 00:00 of a Shanghai calendar date ("YYYY-MM-DD" parameter) as a UTC timestamp. */
export function shanghaiDayStartSql(isoDate: string): Prisma.Sql {
  return Prisma.sql`(${isoDate}::date::timestamp - interval '8 hours')`;
}
