// Offline migrations with Prisma's schema engine (wasm); same files and `_prisma_migrations` rows as
// `prisma migrate`. Library: applyMigrations(url). CLI (DATABASE_URL, else the embedded dev server):
//   tsx prisma/tools/migrate.ts create --name <snake_name>   new migration from schema.prisma
//   tsx prisma/tools/migrate.ts apply                        apply pending migrations
//   tsx prisma/tools/migrate.ts status                       compare migrations and database
//   tsx prisma/tools/migrate.ts check                        compare migrations and schema.prisma
import { realpathSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { openProjectDatabase } from "./dev-database";
import { projectRoot, readMigrationsList, readSchema, writeMigration } from "./project-paths";
import { engineError, openSchemaEngine } from "./schema-engine";

const filters = { externalTables: [], externalEnums: [] };

async function withEngine<T>(databaseUrl: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { engine, close } = await openSchemaEngine(databaseUrl, readSchema());
  try {
    return await work(engine);
  } catch (error) {
    throw engineError(error);
  } finally {
    await close();
  }
}

/** Applies every migration in prisma/migrations not yet recorded in the database. */
export async function applyMigrations(databaseUrl: string): Promise<{ applied: string[] }> {
  return withEngine(databaseUrl, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: readMigrationsList(), filters });
    return { applied: result.appliedMigrationNames };
  });
}

const isEmptySql = (sql: string) => sql.replace(/--.*$/gm, "").trim() === "";

/**
 * Diffs schema.prisma against the migrations (replayed in a shadow database) and writes the new
 * migration; `file` is null when nothing changed. Like `prisma migrate dev --create-only`, pending
 * migrations are applied to the database first.
 */
export async function createMigration(databaseUrl: string, name: string): Promise<{ applied: string[]; file: string | null }> {
  return withEngine(databaseUrl, async (engine) => {
    const migrationsList = readMigrationsList();
    const diagnose = async () => {
      const { action } = await engine.devDiagnostic({ migrationsList, filters });
      if (action.tag === "reset") {
        throw new Error(
          `The database does not match the migration history: ${action.reason}\n` +
            "For the embedded dev database, stop the app and delete .data/pg to start over.",
        );
      }
    };
    await diagnose();
    const { appliedMigrationNames: applied } = await engine.applyMigrations({ migrationsList, filters });
    // NOTE: the wasm engine's createMigration cannot open a shadow database itself; it reuses the
    // migration-history schema that devDiagnostic computed (through the shadow factory) and cached,
    // which it only does once the database is up to date: hence apply, then diagnose again.
    await diagnose();
    const schema = { files: readSchema().map(([file, content]) => ({ path: file, content })) };
    const created = await engine.createMigration({ draft: true, migrationName: name, migrationsList, schema, filters });
    const sql = created.migrationScript;
    const file = sql === null || isEmptySql(sql) ? null : writeMigration(created.generatedMigrationName, sql);
    return { applied, file };
  });
}

/**
 * The SQL that would take a database built from prisma/migrations to schema.prisma: "" when they
 * agree. Replays the migrations in a shadow database next to `databaseUrl` (needs CREATEDB).
 */
export async function migrationDrift(databaseUrl: string): Promise<string> {
  return withEngine(databaseUrl, async (engine) => {
    const schema = { files: readSchema().map(([file, content]) => ({ path: file, content })) };
    const { stdout } = await engine.diff({
      from: { tag: "migrations", ...readMigrationsList() },
      to: { tag: "schemaDatamodel", ...schema },
      script: true,
      exitCode: null,
      filters,
    });
    return stdout === null || isEmptySql(stdout) ? "" : stdout;
  });
}

/** Prints how the database stands against prisma/migrations; true when up to date. */
export async function printStatus(databaseUrl: string): Promise<boolean> {
  return withEngine(databaseUrl, async (engine) => {
    const migrationsList = readMigrationsList();
    const result = await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters });
    console.log(`${migrationsList.migrationDirectories.length} migration(s) in prisma/migrations.`);
    for (const name of result.failedMigrationNames) console.log(`Failed: ${name}`);
    for (const name of result.editedMigrationNames) console.log(`Edited after it was applied: ${name}`);
    const history = result.history;
    if (history?.diagnostic === "databaseIsBehind") {
      console.log(`Not yet applied:\n  ${history.unappliedMigrationNames.join("\n  ")}`);
    } else if (history?.diagnostic === "migrationsDirectoryIsBehind") {
      console.log(`Applied but missing from prisma/migrations:\n  ${history.unpersistedMigrationNames.join("\n  ")}`);
    } else if (history?.diagnostic === "historiesDiverge") {
      console.log(`History diverges after ${history.lastCommonMigrationName ?? "the start"}:`);
      console.log(`  only in the database: ${history.unpersistedMigrationNames.join(", ") || "-"}`);
      console.log(`  only in prisma/migrations: ${history.unappliedMigrationNames.join(", ") || "-"}`);
    }
    const upToDate = history === null && result.failedMigrationNames.length === 0 && result.editedMigrationNames.length === 0;
    if (upToDate) console.log("Database schema is up to date.");
    return upToDate;
  });
}

const USAGE = "Usage: tsx prisma/tools/migrate.ts create --name <snake_name> | apply | status | check";

async function cli(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  const nameIndex = rest.indexOf("--name");
  const name = nameIndex >= 0 ? rest[nameIndex + 1] : rest.find((a) => a.startsWith("--name="))?.slice(7);
  if (command === "create" && !/^[a-z0-9]+(_[a-z0-9]+)*$/.test(name ?? "")) {
    console.error(`${USAGE}\n--name must be snake_case (a-z, 0-9, _), e.g. --name add_loan_notes`);
    return 2;
  }
  if (command !== "create" && command !== "apply" && command !== "status" && command !== "check") {
    console.error(USAGE);
    return 2;
  }

  const db = await openProjectDatabase();
  // The embedded server runs in its own session: stop it ourselves on Ctrl-C.
  const onSignal = () => void db.close().finally(() => process.exit(130));
  process.once("SIGINT", onSignal).once("SIGTERM", onSignal);
  try {
    console.log(`Database: ${db.description}`);
    if (command === "apply") {
      const { applied } = await applyMigrations(db.url);
      console.log(applied.length ? `Applied:\n  ${applied.join("\n  ")}` : "No pending migrations.");
      return 0;
    }
    if (command === "status") return (await printStatus(db.url)) ? 0 : 1;
    if (command === "check") {
      const drift = await migrationDrift(db.url);
      console.log(
        drift
          ? `schema.prisma differs from prisma/migrations; a new migration would be:\n${drift}`
          : "schema.prisma and prisma/migrations agree.",
      );
      return drift ? 1 : 0;
    }
    const { applied, file } = await createMigration(db.url, name as string);
    if (applied.length) console.log(`Applied pending migrations first:\n  ${applied.join("\n  ")}`);
    console.log(file ? `Created ${path.relative(projectRoot, file)}` : "No schema changes: nothing to create.");
    return 0;
  } finally {
    process.removeListener("SIGINT", onSignal).removeListener("SIGTERM", onSignal);
    await db.close();
  }
}

function invokedDirectly(): boolean {
  try {
    return realpathSync(process.argv[1] ?? "") === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  cli(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
