import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const bin = path.resolve(import.meta.dirname, "../../node_modules/.bin");

let current: ChildProcess | undefined;

/** The child running now, so a signal handler can pass Ctrl-C on to it. */
export function currentChild(): ChildProcess | undefined {
  return current;
}

/**
 * Runs a command with inherited output and resolves with its exit code (128+n for a signal).
 * node_modules/.bin comes first on PATH, as under `npm run`.
 */
export function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (code: number) => {
      if (settled) return;
      settled = true;
      if (current === child) current = undefined;
      resolve(code);
    };
    const child = spawn(command, args, {
      stdio: "inherit",
      env: { ...env, PATH: `${bin}${path.delimiter}${env.PATH ?? ""}` },
    });
    current = child;
    child.on("error", (error) => {
      console.error(`[run] cannot start ${command}: ${error.message}`);
      finish(127);
    });
    child.on("close", (code, signal) => finish(code ?? (signal ? 128 + signalNumber(signal) : 1)));
  });
}

function signalNumber(signal: NodeJS.Signals): number {
  return signal === "SIGINT" ? 2 : signal === "SIGKILL" ? 9 : 15;
}
