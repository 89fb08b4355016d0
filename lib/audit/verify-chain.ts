import { CHAIN_COLUMNS, ZERO_HASH, canonicalAuditText, chainHash, type AuditChainRow } from "@/lib/audit/canonical";

/** Anything that runs raw SQL the Prisma way: the db client, a transaction, or a tool's own client. */
export type RawReader = { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): PromiseLike<T> };

export type ChainProblem =
  /** The row's hash is not sha256(prevHash | its canonical text): the row was edited. */
  | "HASH_MISMATCH"
  /** The row's prevHash is not the previous row's recomputed hash: a row before it was edited or removed. */
  | "PREV_HASH_MISMATCH"
  /** chainSeq skips a number: rows were deleted. */
  | "SEQUENCE_GAP"
  /** A row outside the chain (inserted with the trigger disabled). */
  | "UNCHAINED";

export type ChainBreak = { chainSeq: string | null; id: string; problem: ChainProblem; expected: string; stored: string | null };

export type ChainReport = {
  ok: boolean;
  /** Rows checked before the first break (all of them when ok). */
  checked: number;
  /** The last good link: its chainSeq and hash (anchor it elsewhere to detect a rewritten tail). */
  lastSeq: string | null;
  headHash: string | null;
  firstBreak: ChainBreak | null;
  elapsedMs: number;
};

/** The first problem of one row given the previous link, or null. */
function checkLink(row: AuditChainRow, prevSeq: bigint, prevHash: string): ChainBreak | null {
  const at = { chainSeq: row.chainSeq, id: row.id };
  if (BigInt(row.chainSeq!) !== prevSeq + 1n)
    return { ...at, problem: "SEQUENCE_GAP", expected: String(prevSeq + 1n), stored: row.chainSeq };
  if (row.prevHash !== prevHash) return { ...at, problem: "PREV_HASH_MISMATCH", expected: prevHash, stored: row.prevHash };
  const expected = chainHash(prevHash, canonicalAuditText(row));
  if (row.hash !== expected) return { ...at, problem: "HASH_MISMATCH", expected, stored: row.hash };
  return null;
}

/**
 * Recomputes the audit hash chain in chainSeq order and reports the first broken link. Streams the
 * table in chunks by keyset (chainSeq > last), so memory stays constant however long the log is.
 * Rows the trigger never chained (chainSeq NULL) are reported when the chain itself is intact.
 * NOTE: a chain rewritten from some row to the very end is self-consistent; compare headHash with a
 * copy kept outside the database to catch that.
 */
export async function verifyAuditChain(reader: RawReader, opts: { chunkSize?: number } = {}): Promise<ChainReport> {
  const started = performance.now();
  const chunkSize = opts.chunkSize ?? 5000;
  let prevSeq = 0n;
  let prevHash = ZERO_HASH;
  let checked = 0;
  const done = (firstBreak: ChainBreak | null): ChainReport => ({
    ok: firstBreak === null,
    checked,
    lastSeq: checked ? String(prevSeq) : null,
    headHash: checked ? prevHash : null,
    firstBreak,
    elapsedMs: Math.round(performance.now() - started),
  });
  for (;;) {
    const rows = await reader.$queryRawUnsafe<AuditChainRow[]>(
      // NOTE: ORDER BY names the table's bigint column: the bare name would sort by the text alias.
      `SELECT ${CHAIN_COLUMNS} FROM "AuditEntry" a WHERE a."chainSeq" > $1::bigint ORDER BY a."chainSeq" LIMIT $2::int`,
      String(prevSeq),
      chunkSize,
    );
    for (const row of rows) {
      const broken = checkLink(row, prevSeq, prevHash);
      if (broken) return done(broken);
      prevSeq = BigInt(row.chainSeq!);
      prevHash = row.hash!;
      checked++;
    }
    if (rows.length < chunkSize) break;
  }
  const [loose] = await reader.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id::text AS id FROM "AuditEntry" WHERE "chainSeq" IS NULL ORDER BY id LIMIT 1`,
  );
  return done(loose ? { chainSeq: null, id: loose.id, problem: "UNCHAINED", expected: "chainSeq", stored: null } : null);
}
