import type { Prisma } from "../../lib/generated/prisma/client";
import { runSeedBatches } from "./batches";
import type { SeedRows } from "./context";

type Tx = Prisma.TransactionClient;
type Row = Record<string, unknown>;

const ROWS_PER_STATEMENT = 10_000;

/** Every value travels as text and PostgreSQL casts it to the column's type. */
function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") {
    if (!Number.isInteger(value)) throw new Error(`seed value: fractional number ${value}`);
    return String(value);
  }
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "true" : "false";
  // Prisma keeps DateTime as UTC wall time in timestamp(3); @db.Date columns get UTC midnight.
  if (value instanceof Date) return value.toISOString().replace("T", " ").replace("Z", "");
  if (Array.isArray(value)) return `{${value.map(String).join(",")}}`;
  return JSON.stringify(value);
}

/** Column name → SQL type (e.g. numeric(18,2), "Role"[]) as the migration created it. */
async function columnTypes(tx: Tx, table: string): Promise<Map<string, string>> {
  const columns = await tx.$queryRawUnsafe<{ name: string; type: string }[]>(
    `SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute
     WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped`,
    `"${table}"`,
  );
  return new Map(columns.map((c) => [c.name, c.type]));
}

/**
 * INSERT … SELECT FROM unnest(one text array per column). NOTE: Prisma 7's createMany measured
 * ~2,000 rows/s on this machine (110 s for the seed) and multi-row VALUES spend their time in the
 * SQL parser; column arrays load at close to COPY speed.
 */
async function insert(tx: Tx, table: string, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const types = await columnTypes(tx, table);
  const select = columns.map((c, i) => {
    const type = types.get(c);
    if (!type) throw new Error(`seed: ${table}.${c} is not a column`);
    return `c${i}::${type}`;
  });
  const sql =
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) ` +
    `SELECT ${select.join(", ")} FROM unnest(${columns.map((_, i) => `$${i + 1}::text[]`).join(", ")}) ` +
    `AS t(${columns.map((_, i) => `c${i}`).join(", ")})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT) as Row[];
    const arrays = columns.map((c) => chunk.map((row) => asText(row[c])));
    for (const row of chunk) {
      if (Object.keys(row).length !== columns.length) throw new Error(`seed rows for ${table} differ in shape`);
    }
    await tx.$executeRawUnsafe(sql, ...arrays);
  }
}

/** Writes every row in foreign-key order, then runs the daily batch for the seeded dates. */
export async function writeSeedRows(tx: Tx, rows: SeedRows): Promise<void> {
  await insert(tx, "FundCenter", rows.centers);
  await insert(tx, "ServiceWindow", rows.windows);
  await insert(tx, "Employer", rows.employers);
  await insert(tx, "EmployerRate", rows.employerRates);
  await insert(tx, "Depositor", rows.depositors);
  // Spouses point at each other, so the links go in once both rows exist.
  const ids = rows.spouseLinks.map((l) => l.id);
  const spouseIds = rows.spouseLinks.map((l) => l.spouseId);
  await tx.$executeRaw`UPDATE "Depositor" AS d SET "spouseId" = v.spouse FROM unnest(${ids}::text[], ${spouseIds}::text[]) AS v(id, spouse) WHERE d.id = v.id`;
  await insert(tx, "User", rows.users);
  await insert(tx, "DepositAccount", rows.accounts);
  await insert(tx, "Contribution", rows.contributions);
  await insert(tx, "LedgerEntry", rows.ledgerEntries);
  await insert(tx, "PropertyUnit", rows.units);
  await insert(tx, "RealEstateCertificate", rows.certificates);
  await insert(tx, "PropertyOwner", rows.owners);
  await insert(tx, "LoanPolicy", rows.loanPolicies);
  await insert(tx, "Loan", rows.loans);
  await insert(tx, "LoanInstallment", rows.installments);
  await insert(tx, "Mortgage", rows.mortgages);
  await insert(tx, "Case", rows.cases);
  await insert(tx, "CaseMatter", rows.matters);
  await insert(tx, "CaseTransition", rows.transitions);
  await insert(tx, "LoanContract", rows.contracts);
  await insert(tx, "Disbursement", rows.disbursements);
  await insert(tx, "AuditEntry", rows.audits);
  await insert(tx, "SimulatedBankAccount", rows.simulatedBankAccounts);
  await insert(tx, "DeductionAuthorization", rows.deductionAuthorizations);
  await runSeedBatches(tx, rows.batchDates);
}
