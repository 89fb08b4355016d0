import pg from "pg";

/**
 * Runs `statements` in one transaction as the test database's OWNER (the role that ran the
 * migrations), not as the app's restricted role that lib/db uses: for tests that play an attacker
 * with owner or superuser rights, e.g. tampering with the audit log.
 */
export async function asOwner(...statements: string[]): Promise<void> {
  const url = process.env.HPF_TEST_OWNER_URL;
  if (!url) throw new Error("HPF_TEST_OWNER_URL is not set (tests/integration/setup/database.ts sets it)");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    for (const sql of statements) await client.query(sql);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
