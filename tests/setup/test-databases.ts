import { randomBytes } from "node:crypto";
import { appUrlFor, ensureAppRole } from "../../prisma/tools/app-role";
import { dropDatabase, recreateDatabase } from "./pg-admin";
import type { TestPostgres } from "./test-postgres";

/**
 * Prepares the databases a run needs on a test server: a migrated template that every integration
 * test file clones, and the seeded database the end-to-end server runs on.
 */

export const TEMPLATE_DB = "hpf_template";
export const E2E_DB = "hpf_e2e";

/** The password of the restricted app role (hpf_app) for this run: the tests run the app as that role. */
const APP_PASSWORD = process.env.HPF_TEST_APP_PASSWORD || randomBytes(18).toString("base64url");

/**
 * Creates hpf_template afresh and applies every migration to it. Refuses when schema.prisma says
 * more than the migrations do: the tests would run on a database the app was not written for.
 */
export async function prepareTemplate(pg: TestPostgres): Promise<void> {
  const { applyMigrations, migrationDrift } = await import("../../prisma/tools/migrate");
  await recreateDatabase(pg.adminUrl, TEMPLATE_DB);
  const { applied } = await applyMigrations(pg.urlFor(TEMPLATE_DB));
  // Grants live in the template, so every clone (per test file, hpf_e2e) carries them.
  await ensureAppRole(pg.urlFor(TEMPLATE_DB), APP_PASSWORD);
  console.log(`[test-db] ${TEMPLATE_DB}: ${applied.length} migration(s) applied`);
  const drift = await migrationDrift(pg.urlFor(TEMPLATE_DB));
  if (drift) {
    throw new Error(`prisma/schema.prisma differs from prisma/migrations (npm run db:migrate:create -- --name <name>); missing:\n${drift}`);
  }
}

/** Clones hpf_e2e from the template and seeds the demo data; returns its URL. */
export async function prepareE2eDatabase(pg: TestPostgres): Promise<string> {
  const { seedDemoData } = await import("../../prisma/seed");
  await recreateDatabase(pg.adminUrl, E2E_DB, TEMPLATE_DB);
  const url = pg.urlFor(E2E_DB);
  const { summary } = await seedDemoData(url);
  console.log(`[test-db] ${E2E_DB}: ${summary}`);
  return url;
}

/** On a server we did not start (DATABASE_URL), leaves nothing behind; a throwaway one just stops. */
export async function dropTestDatabases(pg: TestPostgres): Promise<void> {
  if (pg.owned) return;
  await dropDatabase(pg.adminUrl, E2E_DB);
  await dropDatabase(pg.adminUrl, TEMPLATE_DB);
}

/** What tests/integration/setup/database.ts needs to clone a database per test file. */
export function integrationEnv(pg: TestPostgres): Record<string, string> {
  return { HPF_TEST_ADMIN_URL: pg.adminUrl, HPF_TEST_TEMPLATE_DB: TEMPLATE_DB, HPF_TEST_APP_PASSWORD: APP_PASSWORD };
}

/**
 * What playwright.config.ts needs: the server port and the seeded database. The server connects as
 * the restricted app role (HPF_E2E_DATABASE_URL); DATABASE_URL stays the owner for test fixtures.
 */
export function e2eEnv(databaseUrl: string, port: number): Record<string, string> {
  return { HPF_E2E_PORT: String(port), HPF_E2E_DATABASE_URL: appUrlFor(databaseUrl, APP_PASSWORD), DATABASE_URL: databaseUrl };
}
