// A @prisma/adapter-pg factory that the Prisma schema engine (wasm) can migrate with. Works around
// adapter-pg problems that only the schema engine hits (see shared NOTES.md):
//   1. catalog columns of type `"char"` (oid 18) and `name` (oid 19) are unmapped → map them to
//      text; report `"char"` as Character, or the PG 18 constraint describer panics;
//   2. connectToShadowDb spreads `{ ...config, database }` and a connectionString beats `database`,
//      so the "shadow" database would be the real one → config from fields, never a URL string;
//   3. its shadow dispose drops the database before closing its pool → close the pool first.
// Also: executeScript splits scripts on every ";" (breaking strings and $$ bodies); native Prisma
// sends a migration script as one simple query, so we do the same.
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import type pg from "pg";

const CHAR_OID = 18;
const NAME_OID = 19;
const TEXT_OID = 25;

/** What adapter-pg keeps private but we need to reach. */
type Internals = {
  client: pg.Pool;
  performIO(query: SqlQuery): Promise<pg.QueryResult>;
  queryRaw(query: SqlQuery): Promise<SqlResultSet>;
  onError(error: unknown): never;
};

export function pgConfigFromUrl(url: string): pg.PoolConfig & { database: string; schema?: string } {
  const u = new URL(url);
  const sslmode = u.searchParams.get("sslmode");
  return {
    host: u.searchParams.get("host") ?? decodeURIComponent(u.hostname.replace(/^\[|\]$/g, "")),
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
    schema: u.searchParams.get("schema") ?? undefined,
    ...(sslmode === "require" ? { ssl: { rejectUnauthorized: false } } : {}),
    ...(sslmode === "verify-ca" || sslmode === "verify-full" ? { ssl: true } : {}),
  };
}

function patch(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const target = adapter as unknown as Internals;
  const queryRaw = target.queryRaw;
  // Fix 1, per call: a scoped performIO rewrites the unmapped oids before adapter-pg maps them.
  target.queryRaw = async (query) => {
    const charColumns: number[] = [];
    const scoped = Object.create(target) as Internals;
    scoped.performIO = async (q) => {
      const result = await target.performIO(q);
      result.fields.forEach((field, i) => {
        if (field.dataTypeID === CHAR_OID) charColumns.push(i);
        if (field.dataTypeID === CHAR_OID || field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
      });
      return result;
    };
    const result = await queryRaw.call(scoped, query);
    for (const i of charColumns) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  adapter.executeScript = async (script) => {
    try {
      await target.client.query(script);
    } catch (error) {
      target.onError(error);
    }
  };
  return adapter;
}

export type MigrationAdapterFactory = SqlMigrationAwareDriverAdapterFactory & {
  /** Disposes every adapter the engine did not dispose itself, so no pool holds the process. */
  disposeAll(): Promise<void>;
};

export function createMigrationAdapterFactory(databaseUrl: string): MigrationAdapterFactory {
  const { schema, ...config } = pgConfigFromUrl(databaseUrl);
  const open = new Set<SqlDriverAdapter>();
  const connectTo = async (database: string) => patch(await new PrismaPg({ ...config, database }, { schema }).connect());

  // Each adapter disposes once (a pg pool throws when ended twice) and leaves the open set.
  const track = (adapter: SqlDriverAdapter, dispose: () => Promise<void>) => {
    let disposing: Promise<void> | undefined;
    adapter.dispose = () => {
      open.delete(adapter);
      return (disposing ??= dispose());
    };
    open.add(adapter);
    return adapter;
  };

  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async connect() {
      const adapter = await connectTo(config.database);
      return track(adapter, adapter.dispose.bind(adapter));
    },
    async connectToShadowDb() {
      const admin = await connectTo(config.database);
      const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const shadow = await connectTo(name);
      const closeShadow = shadow.dispose.bind(shadow);
      return track(shadow, async () => {
        await closeShadow(); // fix 3: our pool first, then the drop
        try {
          await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        } finally {
          await admin.dispose();
        }
      });
    },
    async disposeAll() {
      await Promise.all([...open].map((adapter) => adapter.dispose()));
    },
  };
}
