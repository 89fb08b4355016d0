import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, devices, type Project } from "@playwright/test";
import base from "../../playwright.config";

/**
 * Every spec file in REVERSE file order, on one database, to prove the specs do not lean on each
 * other's leftovers (each creates or resets what it needs):
 *   npm run test:e2e -- --config tests/e2e/reverse-order.config.ts
 * Playwright runs the files of a project in name order; here each file is its own project, and each
 * project depends on the one for the file after it in name order.
 */
const specs = fs
  .readdirSync(new URL(".", import.meta.url))
  .filter((f) => f.endsWith(".spec.ts"))
  .sort()
  .reverse();

const projects: Project[] = [{ name: "setup", testMatch: /auth\.setup\.ts$/, use: { ...devices["Desktop Chrome"] } }];
for (const spec of specs) {
  const phone = spec.endsWith(".phone.spec.ts");
  projects.push({
    name: spec,
    testMatch: new RegExp(`(^|/)${spec.replace(/\./g, "\\.")}$`),
    dependencies: [projects.at(-1)!.name!],
    use: phone
      ? { ...devices["Desktop Chrome"], viewport: { width: 375, height: 812 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true }
      : { ...devices["Desktop Chrome"] },
  });
}

// The server runs from the repository root (Playwright starts it in the config's folder otherwise).
const root = fileURLToPath(new URL("../..", import.meta.url));
const webServer = Array.isArray(base.webServer) ? base.webServer[0]! : base.webServer!;

export default defineConfig({ ...base, testDir: ".", projects, webServer: { ...webServer, cwd: root } });
