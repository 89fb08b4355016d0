/**
 * Vitest setupFiles: a test fails if it logs console.error it did not announce. Errors are still
 * printed (the spy calls through). A test that expects one calls allowConsoleError() first.
 */
import { afterEach, beforeEach, vi, type MockInstance } from "vitest";

let allowed = false;
let spy: MockInstance<typeof console.error> | undefined;

/** Lets the current test log console.error without failing. */
export function allowConsoleError(): void {
  allowed = true;
}

beforeEach(() => {
  allowed = false;
  spy = vi.spyOn(console, "error");
});

afterEach(() => {
  const calls = spy?.mock.calls ?? [];
  spy?.mockRestore();
  spy = undefined;
  if (calls.length > 0 && !allowed) {
    const shown = calls.map((args) => args.map(String).join(" ")).join("\n  ");
    throw new Error(`Unexpected console.error (${calls.length}x); call allowConsoleError() if expected:\n  ${shown}`);
  }
});
