import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // lib/db.ts imports "server-only", which throws outside a React Server environment.
      "server-only": path.join(root, "tests/setup/empty-module.ts"),
    },
  },
  test: {
    // 2-core machines: more workers only contend.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/setup/console-error.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // Database first: it must set DATABASE_URL before any lib/ import.
          setupFiles: ["tests/integration/setup/database.ts", "tests/setup/console-error.ts"],
          pool: "forks",
          maxWorkers: 2,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
    exclude: ["tests/e2e/**", "node_modules/**", ".next/**"],
  },
});
