/**
 * Vitest setupFiles for the integration project: gives each test FILE its own database, cloned from
 * the migrated template, before the test file imports any lib/ code (lib/db.ts reads DATABASE_URL
 * on first use). Dropped after the file, so no test ever sees another file's rows.
 */
import { randomBytes } from "node:crypto";
import { afterAll } from "vitest";
import { databaseUrl, dropDatabase, recreateDatabase } from "../../setup/pg-admin";
import { appUrlFor } from "../../../prisma/tools/app-role";

const adminUrl = process.env.HPF_TEST_ADMIN_URL;
const template = process.env.HPF_TEST_TEMPLATE_DB;
const appPassword = process.env.HPF_TEST_APP_PASSWORD;
if (!adminUrl || !template || !appPassword) {
  throw new Error(
    "Integration tests need a prepared test database: run `npm run test:integration` " +
      "(tests/setup/with-test-db.ts sets HPF_TEST_ADMIN_URL and HPF_TEST_TEMPLATE_DB).",
  );
}

const name = `hpf_test_${process.env.VITEST_POOL_ID ?? "0"}_${randomBytes(4).toString("hex")}`;
await recreateDatabase(adminUrl, name, template);
// lib/db connects as the restricted app role, as the app does; HPF_TEST_OWNER_URL is the same
// database as its owner, for tests that play the superuser (tampering with the audit log).
process.env.HPF_TEST_OWNER_URL = databaseUrl(adminUrl, name);
process.env.DATABASE_URL = appUrlFor(process.env.HPF_TEST_OWNER_URL, appPassword);

afterAll(async () => {
  // Close lib/db.ts's pool (kept on globalThis) so the next file in this worker makes a fresh one.
  const holder = globalThis as unknown as { hpfDb?: { $disconnect(): Promise<void> } };
  await holder.hpfDb?.$disconnect();
  delete holder.hpfDb;
  await dropDatabase(adminUrl, name);
});
