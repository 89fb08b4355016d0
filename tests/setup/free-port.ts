import net from "node:net";

/** A TCP port that was free a moment ago on 127.0.0.1 (the OS picks it when we bind port 0). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** The port from an env var when set (a fixed port for debugging), else a free one. */
export async function portFromEnv(name: string): Promise<number> {
  const value = process.env[name];
  if (!value) return freePort();
  const port = Number(value);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`${name}=${value} is not a port`);
  return port;
}
