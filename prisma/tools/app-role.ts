// The restricted PostgreSQL role the web app connects as. Migrations, the seed and the command-line
// tools run as the database owner; the app runs as `hpf_app`, which is no superuser and owns no
// table, so it cannot ALTER TABLE … DISABLE TRIGGER (the audit log's append-only and chain
// triggers), SET session_replication_role, TRUNCATE, or change the schema.
import pg from "pg";

export const APP_ROLE = "hpf_app";

/** The same server and database as `ownerUrl`, signed in as the app role. */
export function appUrlFor(ownerUrl: string, password: string): string {
  const u = new URL(ownerUrl);
  u.username = APP_ROLE;
  u.password = encodeURIComponent(password);
  return u.toString();
}

/**
 * Creates (or re-asserts) the app role and grants it exactly what the app needs on the database
 * of `ownerUrl`: read/write rows of every table, use sequences, call functions, temporary tables.
 * No TRUNCATE, no REFERENCES/TRIGGER, only reading Prisma's migration table. Run after migrations:
 * it re-grants on tables a migration added (default privileges cover the owner's later tables too).
 */
export async function ensureAppRole(ownerUrl: string, password: string): Promise<string> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ db: string }>("SELECT current_database() AS db");
    const database = client.escapeIdentifier(rows[0]!.db);
    await client.query(`DO $$ BEGIN CREATE ROLE ${APP_ROLE} LOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
    await client.query(
      `ALTER ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${client.escapeLiteral(password)}`,
    );
    for (const sql of [
      `REVOKE ALL ON DATABASE ${database} FROM ${APP_ROLE}`,
      `GRANT CONNECT, TEMPORARY ON DATABASE ${database} TO ${APP_ROLE}`,
      `GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`,
      `REVOKE CREATE ON SCHEMA public FROM ${APP_ROLE}`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}`,
      `REVOKE ALL ON TABLE "_prisma_migrations" FROM ${APP_ROLE}`,
      `GRANT SELECT ON TABLE "_prisma_migrations" TO ${APP_ROLE}`,
      `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE}`,
      `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${APP_ROLE}`,
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE}`,
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${APP_ROLE}`,
    ]) {
      await client.query(sql);
    }
    return appUrlFor(ownerUrl, password);
  } finally {
    await client.end();
  }
}
