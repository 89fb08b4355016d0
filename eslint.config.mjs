import { readdirSync } from "node:fs";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

// ── Import boundaries ──────────────────────────────────────────────────────────────────────────
// 1. `components/` never imports `app/`: a form takes its server action as a prop and the page
//    (a server component) passes the imported action.
// 2. `app/` and `components/` reach the database only through `lib/` use cases and queries: no
//    `@/lib/db*` and no value import of the generated Prisma client (type-only imports of the
//    generated types and enums may stay).
// 3. Domains: a domain is a folder `lib/<domain>/`. Its PUBLIC files are the files directly in it,
//    its `use-cases/` folder, and the few files of a subfolder listed in SUBFOLDER_PUBLIC_FILES
//    below. Every other file in a subfolder (`lib/servicing/settle/*`, the batch steps in
//    `lib/servicing/batch/*`, any `internal/` folder) is INTERNAL: only files inside the same
//    domain folder import it. Tests may import anything.
// Imports go through the `@/` alias (no `../` climbing out of a folder) so these rules see them.

/** Subfolder files that other domains and `app/` may import (the subfolder's edge). */
const SUBFOLDER_PUBLIC_FILES = [
  // the daily batch's edge for /admin/batch: start it, its schedule, its status, inputs and messages
  "@/lib/servicing/batch/start-batch",
  "@/lib/servicing/batch/schedule-setting",
  "@/lib/servicing/batch/queries",
  "@/lib/servicing/batch/schemas",
  "@/lib/servicing/batch/messages",
  // the one SQL definition of an unpaid instalment and of penalty owed, shared with collections
  "@/lib/servicing/batch/unpaid-sql",
];

const DOMAINS = readdirSync(new URL("./lib", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== "generated")
  .map((entry) => entry.name);

/** Files in a domain's subfolder, minus the public ones (and minus `own`, the importer's domain). */
function domainInternals(own) {
  return {
    group: [
      "@/lib/*/*/**",
      "!@/lib/*/use-cases/*",
      "!@/lib/generated/**",
      ...SUBFOLDER_PUBLIC_FILES.map((file) => `!${file}`),
      ...(own ? [`!@/lib/${own}/**`] : []),
    ],
    message: "Internal file of another domain: import the domain's public files (lib/<domain>/*.ts, use-cases/, see eslint.config.mjs).",
  };
}

const NO_PARENT_RELATIVE = {
  regex: "^\\.\\./",
  message: "Import through the `@/` alias so the import-boundary rules see it.",
};

const NO_APP = {
  group: ["@/app", "@/app/**"],
  message: "components/ and lib/ never import app/: take the server action as a prop; the page passes it.",
};

const NO_COMPONENTS = {
  group: ["@/components", "@/components/**"],
  message: "lib/ never imports components/.",
};

const DB_FROM_EDGE = [
  {
    group: ["@/lib/db", "@/lib/db/**"],
    message: "app/ and components/ read and write only through lib/ use cases and queries.",
  },
  {
    group: ["@/lib/generated/**"],
    allowTypeImports: true,
    message: "Only type imports of the generated Prisma types: data goes through lib/ use cases and queries.",
  },
];

const rule = (patterns) => ({ "@typescript-eslint/no-restricted-imports": ["error", { patterns }] });

const boundaries = [
  { files: ["app/**/*.{ts,tsx}"], rules: rule([...DB_FROM_EDGE, domainInternals(null), NO_PARENT_RELATIVE]) },
  { files: ["components/**/*.{ts,tsx}"], rules: rule([NO_APP, ...DB_FROM_EDGE, domainInternals(null), NO_PARENT_RELATIVE]) },
  ...DOMAINS.map((domain) => ({
    files: [`lib/${domain}/**/*.{ts,tsx}`],
    rules: rule([NO_APP, NO_COMPONENTS, domainInternals(domain), NO_PARENT_RELATIVE]),
  })),
  { files: ["lib/*.{ts,tsx}"], rules: rule([NO_APP, NO_COMPONENTS, domainInternals(null), NO_PARENT_RELATIVE]) },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  ...boundaries,
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "lib/generated/**",
    "node_modules/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
]);
