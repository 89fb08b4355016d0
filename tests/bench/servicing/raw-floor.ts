import type pg from "pg";

/**
 * The raw SQL floor of one business date: the bare statements that post penalty interest, settle
 * what falls due and mark overdue, with nothing the real batch adds (no repayment records, ledger
 * entries, deduction order, idempotency keys, bank instructions, statistics or collection cases).
 * It settles the same installments the batch would (due on D, payer with enough money) and marks
 * the same ones overdue, so the ratio batch ÷ floor is the price of doing it properly.
 * Penalty rate: contract rate + 50 %, overdue principal only (the default rule).
 */
export async function runRawFloor(client: pg.Client, businessDate: string): Promise<void> {
  const d = businessDate;
  await client.query("BEGIN");
  await client.query(
    `INSERT INTO "PenaltyPosting" (id, "loanId", "businessDate", base, "ratePercent", amount)
     SELECT gen_random_uuid()::text, i."loanId", $1::date, sum(i.principal - i."paidPrincipal"), max(l."annualRatePercent") * 1.5,
            round(sum(i.principal - i."paidPrincipal") * max(l."annualRatePercent") * 1.5 / 100 / 360, 2)
       FROM "LoanInstallment" i JOIN "Loan" l ON l.id = i."loanId"
      WHERE i.status IN ('PENDING', 'OVERDUE') AND i."dueDate" < $1::date
      GROUP BY i."loanId"`,
    [d],
  );
  // Settle D's installments from the fund account (authorized loans) or the card, where the money is there.
  await client.query(
    `CREATE TEMP TABLE due_today ON COMMIT DROP AS
     SELECT i.id, i."loanId", i.payment, a."accountId", l."repayBankAccount",
            coalesce(acc.balance >= i.payment, false) AS fund_ok,
            a."accountId" IS NULL AND coalesce(b.balance >= i.payment, false) AS bank_ok
       FROM "LoanInstallment" i JOIN "Loan" l ON l.id = i."loanId"
       LEFT JOIN "DeductionAuthorization" a ON a."activeKey" = l.id
       LEFT JOIN "DepositAccount" acc ON acc.id = a."accountId"
       LEFT JOIN "SimulatedBankAccount" b ON b."accountNo" = l."repayBankAccount"
      WHERE i.status = 'PENDING' AND i."dueDate" = $1::date`,
    [d],
  );
  await client.query(
    `UPDATE "DepositAccount" acc SET balance = acc.balance - t.payment FROM due_today t WHERE t.fund_ok AND acc.id = t."accountId"`,
  );
  await client.query(
    `UPDATE "SimulatedBankAccount" b SET balance = b.balance - t.payment FROM due_today t WHERE t.bank_ok AND b."accountNo" = t."repayBankAccount"`,
  );
  await client.query(
    `UPDATE "LoanInstallment" i SET "paidPrincipal" = i.principal, "paidInterest" = i.interest, "paidAmount" = i.payment,
            "paidOn" = $1::date, status = 'PAID'
       FROM due_today t WHERE i.id = t.id AND (t.fund_ok OR t.bank_ok)`,
    [d],
  );
  await client.query(
    `UPDATE "Loan" l SET "outstandingPrincipal" = l."outstandingPrincipal" - i.principal
       FROM due_today t JOIN "LoanInstallment" i ON i.id = t.id WHERE l.id = t."loanId" AND (t.fund_ok OR t.bank_ok)`,
  );
  // Mark overdue.
  await client.query(`UPDATE "LoanInstallment" SET status = 'OVERDUE' WHERE status = 'PENDING' AND "dueDate" < $1::date`, [d]);
  await client.query(
    `UPDATE "Loan" l SET status = 'OVERDUE', "overduePeriods" = o.n
       FROM (SELECT "loanId", count(*)::int AS n FROM "LoanInstallment" WHERE status = 'OVERDUE' GROUP BY "loanId") o
      WHERE l.id = o."loanId" AND (l.status <> 'OVERDUE' OR l."overduePeriods" <> o.n)`,
  );
  await client.query("COMMIT");
}
