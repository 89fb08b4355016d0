/**
 * The Chromium the end-to-end tests drive, found in one place (playwright.config.ts and
 * tests/run-all.ts both ask here):
 * 1. Playwright's own browser when it is installed (`npx playwright install` on a machine with
 *    internet);
 * 2. otherwise Debian's chromium (/usr/bin/chromium), launched with flags that keep it off the
 *    network — browser downloads are impossible on an offline intranet;
 * 3. none: `ensureBrowser` installs Debian's chromium when it can (root or passwordless sudo, apt-get
 *    present) and otherwise says in one line what to run.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { chromium, type LaunchOptions } from "@playwright/test";

const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** Chromium flags for a machine without internet: no sandbox (root in CI), no GPU, no phoning home. */
const OFFLINE_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export type Browser = { kind: "playwright" | "system"; executablePath: string };

/** What the browser search needs from the machine; tests pass a fake one. */
export type Machine = {
  exists(path: string): boolean;
  /** Exit status of a command run with output shown (`quiet`: hidden). */
  run(command: string, args: string[], quiet?: boolean): number | null;
  isRoot(): boolean;
  playwrightChromium(): string;
};

const realMachine: Machine = {
  exists: (p) => fs.existsSync(p),
  run: (command, args, quiet) =>
    spawnSync(command, args, {
      stdio: quiet ? "ignore" : ["ignore", "inherit", "inherit"],
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    }).status,
  isRoot: () => process.getuid?.() === 0,
  playwrightChromium: () => chromium.executablePath(),
};

export function findBrowser(machine: Machine = realMachine): Browser | undefined {
  const own = machine.playwrightChromium();
  if (own && machine.exists(own)) return { kind: "playwright", executablePath: own };
  const system = SYSTEM_CHROMIUM.find((p) => machine.exists(p));
  return system ? { kind: "system", executablePath: system } : undefined;
}

/** Launch options for Playwright: its own browser needs none; the system one needs its path and flags. */
export function browserLaunchOptions(): LaunchOptions {
  const browser = findBrowser();
  if (!browser || browser.kind === "playwright") return {};
  return { executablePath: browser.executablePath, args: OFFLINE_FLAGS };
}

const INSTALL_HINT = "sudo apt-get install -y chromium";

/** How to run a command as root without a password prompt, or undefined when we can't. */
function rootPrefix(machine: Machine): string[] | undefined {
  if (machine.isRoot()) return [];
  if (machine.run("sudo", ["-n", "true"], true) === 0) return ["sudo", "-n"];
  return undefined;
}

export type BrowserCheck = { ok: true; browser: Browser } | { ok: false; reason: string };

/**
 * A browser for the end-to-end tests: the one found, or Debian's chromium installed now.
 * Returns a one-line reason when there is none and it can't be installed here.
 */
export function ensureBrowser(log: (line: string) => void = console.log, machine: Machine = realMachine): BrowserCheck {
  const found = findBrowser(machine);
  if (found) return { ok: true, browser: found };
  if (machine.run("sh", ["-c", "command -v apt-get"], true) !== 0) {
    return {
      ok: false,
      reason: `no Chromium for the end-to-end tests and no apt-get to install one: install Chromium (Debian: ${INSTALL_HINT}) or run \`npx playwright install chromium\` where the internet is reachable`,
    };
  }
  const root = rootPrefix(machine);
  if (!root) {
    return {
      ok: false,
      reason: `no Chromium for the end-to-end tests, and installing it needs root: run \`${INSTALL_HINT}\` once, then npm test again`,
    };
  }
  log("[browser] no Chromium found: installing Debian's chromium (apt-get install -y chromium)");
  for (const args of [
    ["apt-get", "update"],
    ["apt-get", "install", "-y", "chromium"],
  ]) {
    const [command, ...rest] = [...root, ...args] as [string, ...string[]];
    const status = machine.run(command, rest);
    if (status !== 0) {
      return {
        ok: false,
        reason: `installing Chromium failed (\`${args.join(" ")}\` exited ${status ?? "on a signal"}): run \`${INSTALL_HINT}\` by hand, then npm test again`,
      };
    }
  }
  const installed = findBrowser(machine);
  if (!installed) return { ok: false, reason: `apt-get installed chromium but no binary is at ${SYSTEM_CHROMIUM.join(" or ")}` };
  return { ok: true, browser: installed };
}
