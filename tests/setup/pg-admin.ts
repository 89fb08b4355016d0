import pg from "pg";

/**
 * Small admin helpers for the test databases: create, clone, drop. Used by the run-level setup
 * (Node, via tsx) and by each integration test file (inside Vitest), so plain `pg`, no Prisma.
 */

/** The same server and credentials as `url`, another database. */
export function databaseUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

function ident(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name: ${name}`);
  return `"${name}"`;
}

async function withClient<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Drops the database, ending any sessions still connected to it (PG 13+ FORCE). */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`));
}

/** Creates the database, optionally as a copy of `template`; drops a leftover of the same name first. */
export async function recreateDatabase(adminUrl: string, name: string, template?: string): Promise<void> {
  await withClient(adminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`);
    const sql = template ? `CREATE DATABASE ${ident(name)} TEMPLATE ${ident(template)}` : `CREATE DATABASE ${ident(name)}`;
    // NOTE: cloning fails with 55006 while anyone is connected to the template; a connection that
    // is just closing may linger for a moment, so retry briefly before giving up.
    for (let attempt = 1; ; attempt++) {
      try {
        await c.query(sql);
        return;
      } catch (error) {
        const busy = (error as { code?: string }).code === "55006";
        if (!busy || attempt >= 20) throw error;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  });
}
