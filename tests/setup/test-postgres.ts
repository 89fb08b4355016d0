import { portFromEnv } from "./free-port";
import { databaseUrl } from "./pg-admin";

/** A PostgreSQL server the tests may create and drop databases on. */
export type TestPostgres = {
  /** Connection for CREATE/DROP DATABASE. */
  adminUrl: string;
  urlFor(database: string): string;
  /** True for the throwaway server we started (its databases vanish with it). */
  owned: boolean;
  /** One line for the log: which server this is. */
  description: string;
  /** Stops the server if we started it (and deletes its data); a no-op for DATABASE_URL. */
  stop(): Promise<void>;
};

/**
 * With DATABASE_URL set, tests use that server and start nothing. Otherwise one throwaway embedded
 * PostgreSQL (fresh temp cluster, free port or HPF_TEST_PG_PORT) serves the whole run.
 */
export async function provideTestPostgres(): Promise<TestPostgres> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const u = new URL(external);
    return {
      adminUrl: external,
      urlFor: (database) => databaseUrl(external, database),
      owned: false,
      description: `DATABASE_URL server ${u.hostname}:${u.port || 5432}`,
      stop: async () => {},
    };
  }

  // Loaded only when needed: the embedded server's tooling is irrelevant with DATABASE_URL.
  const { startEmbeddedPostgres } = await import("../../prisma/tools/embedded-db");
  const port = await portFromEnv("HPF_TEST_PG_PORT");
  // dataDir "" = a new temp cluster, deleted on stop (and swept by the next start after a crash).
  const server = await startEmbeddedPostgres({ dataDir: "", port, persistent: false, portEnvVar: "HPF_TEST_PG_PORT" });
  return {
    adminUrl: server.urlFor("postgres"),
    urlFor: (database) => server.urlFor(database),
    owned: true,
    description: `throwaway embedded PostgreSQL on 127.0.0.1:${server.port}`,
    stop: () => server.stop(),
  };
}
