// The database that `npm run dev` / `npm start` / the migrate CLI use: DATABASE_URL when set
// (nothing is started), else the persistent embedded PostgreSQL in .data/pg with database `hpf`.
import path from "node:path";
import { ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from "./embedded-db";
import { dataDir } from "./project-paths";

export const PG_PORT_ENV = "HPF_PG_PORT";
export const DEFAULT_PG_PORT = 54329;
export const DATABASE_NAME = "hpf";

export type ProjectDatabase = {
  url: string;
  /** The embedded server, or null with DATABASE_URL. */
  server: RunningPostgres | null;
  /** One line for banners, e.g. "embedded PostgreSQL on port 54329 (.data/pg)". */
  description: string;
  close(): Promise<void>;
};

function pgPort(): number {
  const raw = process.env[PG_PORT_ENV];
  if (!raw) return DEFAULT_PG_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) {
    throw new Error(`${PG_PORT_ENV} must be a port number between 1024 and 65535, got "${raw}"`);
  }
  return port;
}

export async function openProjectDatabase(): Promise<ProjectDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    return { url: external, server: null, description: "DATABASE_URL", close: async () => undefined };
  }
  // HPF_PG_DATA_DIR moves the cluster (e.g. to keep a second copy); default .data/pg.
  const clusterDir = path.resolve(process.env.HPF_PG_DATA_DIR || path.join(dataDir, "pg"));
  const server = await startEmbeddedPostgres({
    dataDir: clusterDir,
    port: pgPort(),
    persistent: true,
    portEnvVar: PG_PORT_ENV,
  });
  try {
    await ensureDatabase(server, DATABASE_NAME);
  } catch (error) {
    await server.stop();
    throw error;
  }
  const relative = path.relative(process.cwd(), clusterDir);
  const where = relative && !relative.startsWith("..") ? relative : clusterDir;
  return {
    url: server.urlFor(DATABASE_NAME),
    server,
    description: `embedded PostgreSQL on port ${server.port} (${where}` + (server.owned ? ")" : ", shared with a running server)"),
    close: () => server.stop(),
  };
}
