import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The SQL twin of lib/servicing/overdue-status.ts: an installment is overdue on business date D
 * when its due date is before D and any principal or interest is unpaid. Keep both in step.
 * `alias` names the "LoanInstallment" row in the surrounding query.
 */
export function overdueInstallmentSql(alias: string, businessDate: string): Prisma.Sql {
  const i = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${i}."dueDate" < ${businessDate}::date AND ${unpaidSql(alias)})`;
}

export function unpaidSql(alias: string): Prisma.Sql {
  const i = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${i}."paidPrincipal" + ${i}."paidInterest" < ${i}.principal + ${i}.interest)`;
}

/** Loans the batch services: disbursed and not yet paid off. */
export const SERVICED_LOAN_STATUSES = Prisma.sql`('ACTIVE'::"LoanStatus", 'OVERDUE'::"LoanStatus")`;
