import { DEMO_CITIZENS } from "../../../prisma/seed/demo-accounts";
import { buildResidentId } from "../../../lib/identity/resident-id";
import { readDb as query } from "./db";

// Depositors of the seeded end-to-end database picked by what a test needs (a home and no loan, an
// overdue loan, a balance and no withdrawal), so a spec does not lean on a demo person that another
// spec changes, whatever order the specs run in. Each caller takes its own `slot` so two specs never
// share a person. Read-only: nothing is written here.

const RESERVED = DEMO_CITIZENS.map((c) => c.loginName);

/** A citizen who can sign in: active user, open account, not blacklisted, no fraud scenario (flags). */
const SIGNS_IN = `
  JOIN "User" u ON u."depositorId" = d.id AND u.active AND u."lockedUntil" IS NULL
  JOIN "DepositAccount" a ON a."depositorId" = d.id AND a.status = 'NORMAL'
  WHERE d."idNumber" <> ALL($1::text[])
    AND NOT EXISTS (SELECT 1 FROM "BlacklistEntry" b WHERE b."idNumber" = d."idNumber")`;

function pick(rows: { idNumber: string }[], slot: number, what: string): string {
  const row = rows[slot];
  if (!row) throw new Error(`The seeded e2e database has no ${what} for slot ${slot}`);
  return row.idNumber;
}

/**
 * An unmarried depositor without any loan or case, some years of contributions, and one home of
 * their own (sole owner, no mortgage, not a new-home unit): a loan application for a small amount
 * over 10 years passes every limit.
 */
export async function homeOwnerWithoutLoan(slot: number): Promise<string> {
  const rows = await query<{ idNumber: string }>(
    `SELECT d."idNumber" FROM "Depositor" d ${SIGNS_IN}
       AND d."spouseId" IS NULL AND NOT EXISTS (SELECT 1 FROM "Depositor" s WHERE s."spouseId" = d.id)
       AND d."birthDate" BETWEEN '1980-01-01' AND '1998-12-31'
       AND a.balance >= 30000 AND a."openedOn" <= now() - interval '3 years' AND d."monthlyIncome" >= 5000
       AND NOT EXISTS (SELECT 1 FROM "Loan" l WHERE l."borrowerId" = d.id OR l."coBorrowerId" = d.id)
       AND NOT EXISTS (SELECT 1 FROM "Case" c WHERE c."depositorId" = d.id)
       AND NOT EXISTS (SELECT 1 FROM "Withdrawal" w WHERE w."depositorId" = d.id)
       AND (SELECT count(*) FROM "PropertyOwner" o JOIN "RealEstateCertificate" rc ON rc.id = o."certificateId" AND rc.status = 'VALID'
             WHERE o."idNumber" = d."idNumber") = 1
       AND EXISTS (SELECT 1 FROM "PropertyOwner" o
             JOIN "RealEstateCertificate" rc ON rc.id = o."certificateId" AND rc.status = 'VALID'
             JOIN "PropertyUnit" pu ON pu.id = rc."unitId" AND pu."projectId" IS NULL
             WHERE o."idNumber" = d."idNumber" AND o."sharePercent" = 100
               AND NOT EXISTS (SELECT 1 FROM "PropertyOwner" other WHERE other."certificateId" = rc.id AND other.id <> o.id)
               AND NOT EXISTS (SELECT 1 FROM "Mortgage" m WHERE m."unitId" = pu.id AND m.status = 'REGISTERED'))
     ORDER BY d."idNumber" LIMIT 10`,
    [RESERVED],
  );
  return pick(rows, slot, "home owner without a loan");
}

/** A borrower (not a demo person) with an overdue loan, so the loan page offers 在线还款. */
export async function overdueBorrower(slot: number): Promise<{ idNumber: string; loanNo: string }> {
  const rows = await query<{ idNumber: string; loanNo: string }>(
    `SELECT d."idNumber", l."loanNo" FROM "Loan" l JOIN "Depositor" d ON d.id = l."borrowerId" ${SIGNS_IN}
       AND l.status = 'OVERDUE'
       AND (SELECT count(*) FROM "Loan" l2 WHERE l2."borrowerId" = d.id OR l2."coBorrowerId" = d.id) = 1
     ORDER BY d."idNumber" LIMIT 10`,
    [RESERVED],
  );
  const row = rows[slot];
  if (!row) throw new Error(`The seeded e2e database has no overdue borrower for slot ${slot}`);
  return row;
}

/** A depositor without a home, loan or withdrawal, with a balance a rent withdrawal can draw on. */
export async function renterWithBalance(slot: number): Promise<string> {
  const rows = await query<{ idNumber: string }>(
    `SELECT d."idNumber" FROM "Depositor" d ${SIGNS_IN}
       AND a.balance >= 10000
       AND NOT EXISTS (SELECT 1 FROM "Loan" l WHERE l."borrowerId" = d.id OR l."coBorrowerId" = d.id)
       AND NOT EXISTS (SELECT 1 FROM "Withdrawal" w WHERE w."depositorId" = d.id)
       AND NOT EXISTS (SELECT 1 FROM "Case" c WHERE c."depositorId" = d.id)
       AND NOT EXISTS (SELECT 1 FROM "PropertyOwner" o WHERE o."idNumber" = d."idNumber")
     ORDER BY d."idNumber" LIMIT 10`,
    [RESERVED],
  );
  return pick(rows, slot, "renter with a balance");
}

/**
 * Transfers (issue 15.4): a depositor with an account at Beijing's center in the platform simulator
 * (seed/transfers.ts), an open account here with a balance a 20,000-limit teller may approve, and
 * no loan, withdrawal, case or transfer.
 */
export async function movingToBeijing(slot: number): Promise<string> {
  const rows = await query<{ idNumber: string }>(
    `SELECT d."idNumber" FROM "Depositor" d ${SIGNS_IN}
       AND a.balance BETWEEN 1 AND 19000
       AND EXISTS (SELECT 1 FROM "SimulatedRemoteAccount" r WHERE r."centerCode" = '110000' AND r."idNumber" = d."idNumber")
       AND NOT EXISTS (SELECT 1 FROM "Loan" l WHERE l."borrowerId" = d.id OR l."coBorrowerId" = d.id)
       AND NOT EXISTS (SELECT 1 FROM "Withdrawal" w WHERE w."depositorId" = d.id)
       AND NOT EXISTS (SELECT 1 FROM "Case" c WHERE c."depositorId" = d.id)
       AND NOT EXISTS (SELECT 1 FROM "FundTransfer" t WHERE t."depositorId" = d.id)
     ORDER BY d."idNumber" DESC LIMIT 10`,
    [RESERVED],
  );
  return pick(rows, slot, "depositor moving to Beijing");
}

/** The registered name of a seeded depositor (what the window's ID card reader would show). */
export async function depositorName(idNumber: string): Promise<string> {
  const [row] = await query<{ name: string }>(`SELECT name FROM "Depositor" WHERE "idNumber" = $1`, [idNumber]);
  if (!row) throw new Error(`No seeded depositor ${idNumber}`);
  return row.name;
}

/**
 * A valid resident ID (district, birth date) that no depositor has yet, for a person a spec hires:
 * the first free sequence number, so the spec may run again on the same database.
 */
export async function unusedResidentId(district: string, birthDate: string): Promise<string> {
  const candidates = Array.from({ length: 800 }, (_, i) => buildResidentId(district, birthDate, 100 + i));
  const taken = new Set(
    (await query<{ idNumber: string }>(`SELECT "idNumber" FROM "Depositor" WHERE "idNumber" = ANY($1::text[])`, [candidates])).map(
      (r) => r.idNumber,
    ),
  );
  const free = candidates.find((id) => !taken.has(id));
  if (!free) throw new Error(`No unused resident ID left for ${birthDate} in district ${district}`);
  return free;
}
