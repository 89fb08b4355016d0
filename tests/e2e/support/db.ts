import pg from "pg";

/**
 * One read of the end-to-end database (the server's own, seeded): for a spec to pick its people
 * and to check what a refusal left unwritten. Specs change data only through the app.
 */
export async function readDb<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const url = process.env.HPF_E2E_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error("HPF_E2E_DATABASE_URL is not set: run the end-to-end tests with npm run test:e2e");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
