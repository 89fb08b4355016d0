import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Browser, type Page } from "@playwright/test";
import type { Role } from "../../../lib/generated/prisma/enums";
import { DEMO_STAFF } from "../../../prisma/seed/demo-accounts";
import { submitCitizenLogin, submitStaffLogin } from "./sign-in";

// Saved sign-in state (Playwright storageState) per account: a spec that is not about signing in
// starts signed in instead of filling the sign-in form. tests/e2e/auth.setup.ts (the `setup`
// project every other project depends on) clears the folder and signs one account per role in
// once; any other account is signed in on its first use and saved the same way.
//
// NOTE: what keeps a saved session valid on the server:
// - Sign-out revokes only that one LoginSession: a spec that signs out signs in through the form
//   (its own session) and never uses a saved one.
// - One teller per window: a teller is saved at their own window (tellerNN at window NN), and the
//   same teller signing in there again takes the window over without ending the saved session.
//   teller09/teller10 are left to loan-controls.spec.ts, which signs them in and out by the form.
// - The session idles out after 30 minutes: a state file older than FRESH_MS is signed in again.

export type Account = { citizen: string } | { staff: string; windowNo?: number };

const AUTH_DIR = fileURLToPath(new URL("../../../.data/e2e-auth", import.meta.url));
const FRESH_MS = 20 * 60_000;

/** One account per role, signed in by the setup project. */
export const ROLE_ACCOUNTS = {
  CITIZEN: { citizen: "320104199203150022" }, // 李娜
  EMPLOYER_AGENT: { staff: "agent01" },
  TELLER: { staff: "teller01" },
  REVIEWER: { staff: "reviewer01" },
  RISK_OFFICER: { staff: "risk01" },
  PROJECT_OFFICER: { staff: "project01" },
  ADMIN: { staff: "admin" },
  SUPERVISOR: { staff: "duty01" },
} as const satisfies Record<Role, Account>;

/** A teller's saved window is their own demo window unless named. */
function windowOf(account: Account): number | undefined {
  if ("citizen" in account) return undefined;
  return account.windowNo ?? DEMO_STAFF.find((s) => s.loginName === account.staff)?.windowNo;
}

function stateFile(account: Account): string {
  const name = "citizen" in account ? `citizen-${account.citizen}` : `staff-${account.staff}-w${windowOf(account) ?? 0}`;
  return path.join(AUTH_DIR, `${name}.json`);
}

/** Removes every saved session (the setup project does it first: a new run has a new database). */
export function clearSavedSessions(): void {
  fs.rmSync(AUTH_DIR, { recursive: true, force: true });
}

/** The storageState file of `account`, signing it in through the form when missing or stale. */
export async function savedSession(browser: Browser, account: Account): Promise<string> {
  const file = stateFile(account);
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (stat && Date.now() - stat.mtimeMs < FRESH_MS) return file;
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    if ("citizen" in account) await submitCitizenLogin(page, account.citizen);
    else await submitStaffLogin(page, account.staff, { windowNo: windowOf(account) });
    // The first sign-in of a run may meet a cold server.
    await page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 30_000 });
    await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
    fs.mkdirSync(AUTH_DIR, { recursive: true });
    await context.storageState({ path: file });
  } finally {
    await context.close();
  }
  return file;
}

/** A new page in its own browser context, signed in as `account` from its saved session. */
export async function signedInPage(browser: Browser, account: Account): Promise<Page> {
  const context = await browser.newContext({ storageState: await savedSession(browser, account) });
  return context.newPage();
}

/** Signs the page's own context in as `account` (keeps its viewport, touch …): adds the saved cookies. */
export async function restoreSession(page: Page, account: Account): Promise<void> {
  const file = await savedSession(page.context().browser()!, account);
  const state = JSON.parse(fs.readFileSync(file, "utf8")) as { cookies: Parameters<ReturnType<Page["context"]>["addCookies"]>[0] };
  await page.context().addCookies(state.cookies);
}
