// Loads Prisma's schema engine (wasm build matching Prisma 7.10) and opens it on a database through
// the patched adapter-pg factory. Prisma 7's CLI cannot migrate offline; this can.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { createMigrationAdapterFactory } from "./pg-adapter-fixes";

type Bindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

// Rust panics land here; without it a panic surfaces only as "unreachable".
const panicRegistry = {
  message: "",
  set_message(message: string) {
    panicRegistry.message = message;
  },
};

let bindings: Promise<Bindings> | undefined;

/** NOTE: Node 20 cannot import a .wasm module, so the bindings are wired by hand. */
function loadBindings(): Promise<Bindings> {
  bindings ??= (async () => {
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = panicRegistry;
    const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const js = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const compiled = new WebAssembly.Module(readFileSync(path.join(path.dirname(js), "schema_engine_bg.wasm")));
    const imports: WebAssembly.ModuleImports = { ...(bg as unknown as WebAssembly.ModuleImports) };
    // NOTE: the engine arms timeouts (e.g. ~10 s around applyMigrations) that it cannot cancel
    // (no clearTimeout import); unref them so a finished command exits at once. Open pools keep
    // the process alive while the engine works.
    for (const name of Object.keys(imports).filter((key) => key.startsWith("__wbg_setTimeout_"))) {
      imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
    }
    const instance = new WebAssembly.Instance(compiled, { "./schema_engine_bg.js": imports });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
    return bg;
  })();
  return bindings;
}

export type OpenEngine = {
  engine: SchemaEngine;
  /** Frees the engine and disposes every adapter, so the process can exit at once. */
  close(): Promise<void>;
};

/** Opens the engine on databaseUrl with the given schema files ([path, content]). */
export async function openSchemaEngine(
  databaseUrl: string,
  datamodels: [string, string][],
  onLog: (message: string) => void = () => undefined,
): Promise<OpenEngine> {
  const bg = await loadBindings();
  const factory = createMigrationAdapterFactory(databaseUrl);
  let engine: SchemaEngine;
  try {
    engine = await bg.SchemaEngine.new({ datamodels }, onLog, bindMigrationAwareSqlAdapterFactory(factory));
  } catch (error) {
    await factory.disposeAll();
    throw engineError(error);
  }
  let closing: Promise<void> | undefined;
  return {
    engine,
    close: () =>
      (closing ??= (async () => {
        engine.free();
        await factory.disposeAll();
      })()),
  };
}

/** Turns an engine rejection (or panic) into an Error with a readable message. */
export function engineError(error: unknown): Error {
  if (panicRegistry.message) {
    const message = panicRegistry.message;
    panicRegistry.message = "";
    return new Error(`Prisma schema engine panicked: ${message}`);
  }
  if (error instanceof Error) return error;
  if (typeof error === "object" && error !== null && "message" in error) {
    return new Error(String((error as { message: unknown }).message));
  }
  return new Error(typeof error === "string" ? error : JSON.stringify(error));
}
