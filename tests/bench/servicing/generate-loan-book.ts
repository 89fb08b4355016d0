import type pg from "pg";

/**
 * A synthetic loan book for the daily-batch benchmark, generated set-based in PostgreSQL (one
 * INSERT … SELECT generate_series per table, no rows through Node).
 *
 * Every loan i (1..n) has a complete 12-installment schedule (1,000.00 principal + 100.00 interest
 * each) from six months before the business date, due on day 1 + (i mod 28): what fell due before
 * the business date is paid, so about 1/28 of the book falls due on the business date itself. Mix:
 * - i mod 40 = 0: overdue — the last 1 + (i mod 3) past installments unpaid, no authorization and
 *   an empty bank card (they stay overdue and collect penalty interest);
 * - even i div 28: a fund-account deduction authorization on an account holding 100,000.00;
 * - odd i div 28: a bank card with 100,000.00 (i mod 97 = 0: only 500.00, a partial collection).
 * (Not i's parity: the due day is i mod 28, so parity would put a whole due day on one side.)
 */
export type LoanBookOptions = { loans: number; businessDate: string };

export async function generateLoanBook(client: pg.Client, { loans, businessDate }: LoanBookOptions): Promise<void> {
  const n = loans;
  const d = businessDate;
  await client.query(`SET synchronous_commit = off`);
  await client.query(`
    INSERT INTO "FundCenter" (id, code, name, city) VALUES ('bench-center', 'BENCH', '基准测试中心', '基准市');
    INSERT INTO "Employer" (id, "centerId", "creditCode", name, address, "contactPhone")
    VALUES ('bench-employer', 'bench-center', '91320100BENCH0000X', '基准单位', '基准路1号', '02500000000');
    INSERT INTO "User" (id, "loginName", "displayName", "passwordHash", roles, "updatedAt")
    SELECT 'bench-risk-' || k, 'benchrisk' || k, '风控' || k, 'x', ARRAY['RISK_OFFICER']::"Role"[], now()
      FROM generate_series(1, 20) k;`);
  await client.query(
    `
    INSERT INTO "Depositor" (id, "idNumber", name, gender, "birthDate", phone, "maritalStatus", "employerId", "monthlyIncome")
    SELECT 'bd' || i, lpad(i::text, 17, '0') || 'X', '借款人' || i, 'MALE', DATE '1985-01-01', '13800000000', 'SINGLE',
           'bench-employer', 10000
      FROM generate_series(1, $1::int) i`,
    [n],
  );
  await client.query(
    `
    INSERT INTO "DepositAccount" (id, "accountNo", "depositorId", "employerId", balance, "contributionBase",
                                  "employerRatePercent", "personalRatePercent", "openedOn", "updatedAt")
    SELECT 'ba' || i, 'BA' || lpad(i::text, 12, '0'), 'bd' || i, 'bench-employer',
           CASE WHEN (i / 28) % 2 = 0 AND i % 40 <> 0 THEN 100000 ELSE 0 END, 8000, 12, 12, DATE '2015-01-01', now()
      FROM generate_series(1, $1::int) i`,
    [n],
  );
  await client.query(
    `
    INSERT INTO "PropertyUnit" (id, "unitNo", district, address, "buildingArea", usage, floor, "totalFloors", "builtYear")
    SELECT 'bu' || i, 'BU' || lpad(i::text, 26, '0'), '基准区', '基准路' || i || '号', 90, '住宅', 1, 10, 2015
      FROM generate_series(1, $1::int) i`,
    [n],
  );
  await client.query(
    `
    INSERT INTO "Loan" (id, "loanNo", "borrowerId", "unitId", "purchasePrice", "isFirstHome", principal, "annualRatePercent",
                        "termMonths", method, status, "outstandingPrincipal", "overduePeriods", "disbursedAt", "firstDueDate",
                        "repayBankName", "repayBankAccount")
    SELECT 'bl' || i, 'BL' || lpad(i::text, 12, '0'), 'bd' || i, 'bu' || i, 1000000, true, 12000, 3.1, 12, 'EQUAL_PRINCIPAL',
           'ACTIVE', 0, 0,
           now(), (date_trunc('month', $2::date) - interval '6 months')::date + (i % 28),
           CASE WHEN (i / 28) % 2 = 1 OR i % 40 = 0 THEN '基准银行' END,
           CASE WHEN (i / 28) % 2 = 1 OR i % 40 = 0 THEN 'C' || lpad(i::text, 15, '0') END
      FROM generate_series(1, $1::int) i`,
    [n, d],
  );
  await client.query(
    `
    INSERT INTO "SimulatedBankAccount" ("accountNo", "holderName", balance, "updatedAt")
    SELECT 'C' || lpad(i::text, 15, '0'), '借款人' || i,
           CASE WHEN i % 40 = 0 THEN 0 WHEN i % 97 = 0 THEN 500 ELSE 100000 END, now()
      FROM generate_series(1, $1::int) i WHERE (i / 28) % 2 = 1 OR i % 40 = 0`,
    [n],
  );
  await client.query(
    `
    INSERT INTO "DeductionAuthorization" (id, "loanId", "accountId", "activeKey", "signedById")
    SELECT 'bda' || i, 'bl' || i, 'ba' || i, 'bl' || i, 'bench-risk-1'
      FROM generate_series(1, $1::int) i WHERE (i / 28) % 2 = 0 AND i % 40 <> 0`,
    [n],
  );
  // Installments due before the business date are paid, except an overdue loan's last 1 + (i mod 3).
  await client.query(
    `
    INSERT INTO "LoanInstallment" (id, "loanId", seq, "dueDate", payment, principal, interest, "balanceAfter", status,
                                   "paidAmount", "paidOn", "paidPrincipal", "paidInterest")
    SELECT 'bi' || i || '-' || k, 'bl' || i, k + 1, s.due, 1100, 1000, 100, 12000 - 1000 * (k + 1),
           CASE WHEN s.paid THEN 'PAID' WHEN s.due < $2::date THEN 'OVERDUE' ELSE 'PENDING' END::"InstallmentStatus",
           CASE WHEN s.paid THEN 1100 ELSE 0 END, CASE WHEN s.paid THEN s.due END,
           CASE WHEN s.paid THEN 1000 ELSE 0 END, CASE WHEN s.paid THEN 100 ELSE 0 END
      FROM generate_series(1, $1::int) i
     CROSS JOIN generate_series(0, 11) k
     CROSS JOIN LATERAL (
       SELECT ((date_trunc('month', $2::date) - interval '6 months')::date + (i % 28) + make_interval(months => k))::date AS due) u
     CROSS JOIN LATERAL (
       SELECT u.due, u.due < $2::date
                 AND NOT (i % 40 = 0 AND u.due >= ($2::date - make_interval(months => 1 + i % 3))) AS paid) s`,
    [n, d],
  );
  // Balances and overdue periods from the installments, as the batch defines them.
  await client.query(`
    UPDATE "Loan" l
       SET "outstandingPrincipal" = t.unpaid, "overduePeriods" = t.overdue, "consecutiveOverduePeriods" = t.overdue,
           status = CASE WHEN t.overdue > 0 THEN 'OVERDUE' ELSE 'ACTIVE' END::"LoanStatus"
      FROM (SELECT "loanId", sum(principal - "paidPrincipal") AS unpaid,
                   count(*) FILTER (WHERE status = 'OVERDUE')::int AS overdue
              FROM "LoanInstallment" GROUP BY "loanId") t
     WHERE l.id = t."loanId"`);
  await client.query(`ANALYZE`);
}
