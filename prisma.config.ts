import { defineConfig } from "prisma/config";

// The URL is only needed by CLI commands that talk to a database (on machines with internet:
// `prisma migrate deploy`, `prisma studio`). Offline tooling lives in prisma/tools.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/tools/run.ts seed" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/hpf" },
});
