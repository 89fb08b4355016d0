import type { BatchStep } from "./types";
import { SERVICED_LOAN_STATUSES, overdueInstallmentSql, unpaidSql } from "./unpaid-sql";

/**
 * Step 1: installment statuses from their amounts. Overdue (due before D, unpaid) → OVERDUE;
 * fully paid and not yet PAID → PAID. Rows already in the right status are not touched, so a
 * rerun updates nothing.
 */
export const markInstallments: BatchStep = {
  name: "markInstallments",
  label: "标记逾期与已还期次",
  async run(tx, { businessDate }) {
    const rows = await tx.$queryRaw<{ overdue: number; paid: number }[]>`
      WITH changed AS (
        UPDATE "LoanInstallment" i
           SET status = CASE WHEN ${unpaidSql("i")} THEN 'OVERDUE' ELSE 'PAID' END::"InstallmentStatus"
          FROM "Loan" l
         WHERE l.id = i."loanId" AND l.status IN ${SERVICED_LOAN_STATUSES}
           AND ((i.status = 'PENDING' AND ${overdueInstallmentSql("i", businessDate)})
             OR (i.status <> 'PAID' AND NOT ${unpaidSql("i")}))
        RETURNING i.status)
      SELECT count(*) FILTER (WHERE status = 'OVERDUE')::int AS overdue,
             count(*) FILTER (WHERE status = 'PAID')::int AS paid
        FROM changed`;
    const { overdue, paid } = rows[0] ?? { overdue: 0, paid: 0 };
    return { installmentsMarkedOverdue: overdue, installmentsMarkedPaid: paid };
  },
};
