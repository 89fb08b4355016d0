import { test as setup } from "@playwright/test";
import { clearSavedSessions, ROLE_ACCOUNTS, savedSession } from "./support/sessions";

// Runs before every other project (playwright.config.ts): a new run has a new database, so the
// saved sessions of the last run are dropped, then one account per role signs in through the form
// once and its state is saved under .data/e2e-auth (gitignored). See support/sessions.ts.

setup("sign one account per role in and save its session", async ({ browser }) => {
  setup.setTimeout(120_000);
  clearSavedSessions();
  for (const account of Object.values(ROLE_ACCOUNTS)) await savedSession(browser, account);
});
