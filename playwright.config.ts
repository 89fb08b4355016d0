import { defineConfig, devices } from "@playwright/test";
import { browserLaunchOptions } from "./tests/setup/browser";

// Set by tests/setup/with-test-db.ts (npm run test:e2e) and tests/run-all.ts.
const port = Number(process.env.HPF_E2E_PORT ?? 3100);
const databaseUrl = process.env.HPF_E2E_DATABASE_URL ?? process.env.DATABASE_URL ?? "";
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  // One seeded database and 2 cores: tests run one at a time.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: browserLaunchOptions(),
  },
  projects: [
    // Signs one account per role in and saves its session (tests/e2e/support/sessions.ts).
    { name: "setup", testMatch: /auth\.setup\.ts$/, use: { ...devices["Desktop Chrome"] } },
    { name: "chromium", testIgnore: /\.phone\.spec\.ts$/, dependencies: ["setup"], use: { ...devices["Desktop Chrome"] } },
    // The citizen portal on a phone (375 × 812 CSS pixels, touch), still in Chromium.
    {
      name: "phone",
      testMatch: /\.phone\.spec\.ts$/,
      dependencies: ["setup"],
      use: { ...devices["Desktop Chrome"], viewport: { width: 375, height: 812 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
    },
  ],
  webServer: {
    // The production server over the build from `npm run build`.
    command: `npx --no-install next start -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: "e2e-test-secret-not-for-production-000000",
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
