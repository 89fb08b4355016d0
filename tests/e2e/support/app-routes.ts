import fs from "node:fs";
import path from "node:path";

/**
 * Every page and route handler of the app, read from the app folder, so a new page or route is
 * probed without editing any test. Route groups "(x)" vanish from the URL; private folders "_x"
 * and parallel/intercepting routes ("@x", "(.)x") are skipped; a dynamic segment "[x]" or "[...x]"
 * is filled with a placeholder that matches no record.
 */
export type AppRoute = { pattern: string; url: string; kind: "page" | "route" };

const APP_DIR = path.join(import.meta.dirname, "..", "..", "..", "app");
const PLACEHOLDER = "probe-0";

function walk(dir: string, segments: string[], out: AppRoute[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      const name = entry.name;
      if (name.startsWith("_") || name.startsWith("@") || /^\(\.+\)/.test(name)) continue;
      walk(path.join(dir, name), /^\(.*\)$/.test(name) ? segments : [...segments, name], out);
      continue;
    }
    const kind = /^page\.(tsx|ts|jsx|js|mdx)$/.test(entry.name) ? "page" : /^route\.(ts|js)$/.test(entry.name) ? "route" : null;
    if (!kind) continue;
    const pattern = `/${segments.join("/")}`;
    const url = `/${segments.map((s) => (/^\[.*\]$/.test(s) ? PLACEHOLDER : s)).join("/")}`;
    out.push({ pattern, url, kind });
  }
}

export function appRoutes(): AppRoute[] {
  const out: AppRoute[] = [];
  walk(APP_DIR, [], out);
  return out.sort((a, b) => a.pattern.localeCompare(b.pattern));
}
