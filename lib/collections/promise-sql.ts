import { Prisma } from "@/lib/generated/prisma/client";
import { shanghaiDateSql } from "@/lib/dates/sql";

/**
 * Whether a promise to pay was kept, as SQL over a "CollectionContact" row with a promise (alias
 * `contact`) on a loan (`loanId` expression): KEPT when the repayments received on the loan from the
 * contact's day (Shanghai) to the promised date add up to the promised amount; BROKEN when the date
 * has passed without that; PENDING otherwise. The ledger and the per-collector dashboard both use it.
 */
export function promisePaidSql(contact: string, loanId: Prisma.Sql): Prisma.Sql {
  const x = Prisma.raw(`"${contact}"`);
  return Prisma.sql`(SELECT coalesce(sum(r.amount), 0) FROM "Repayment" r
                      WHERE r."loanId" = ${loanId}
                        AND r."businessDate" BETWEEN ${shanghaiDateSql(Prisma.sql`${x}."contactedAt"`)} AND ${x}."promisedDate")`;
}

export function promiseStateSql(contact: string, loanId: Prisma.Sql, today: string): Prisma.Sql {
  const x = Prisma.raw(`"${contact}"`);
  return Prisma.sql`(CASE WHEN ${promisePaidSql(contact, loanId)} >= ${x}."promisedAmount" THEN 'KEPT'
                          WHEN ${x}."promisedDate" < ${today}::date THEN 'BROKEN'
                          ELSE 'PENDING' END)`;
}
