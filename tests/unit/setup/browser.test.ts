import { describe, expect, it } from "vitest";
import { ensureBrowser, findBrowser, type Machine } from "@/tests/setup/browser";

/** A fake machine: which files exist, who we are, and what each command exits with. */
function machine(options: { files?: string[]; root?: boolean; sudo?: boolean; apt?: boolean; aptFails?: string; installs?: string }) {
  const files = new Set(options.files ?? []);
  const ran: string[] = [];
  const fake: Machine = {
    exists: (p) => files.has(p),
    isRoot: () => options.root ?? false,
    playwrightChromium: () => "/cache/ms-playwright/chromium/chrome",
    run(command, args) {
      const line = [command, ...args].join(" ");
      ran.push(line);
      if (command === "sudo" && args.join(" ") === "-n true") return options.sudo ? 0 : 1;
      if (command === "sh") return options.apt === false ? 1 : 0;
      if (options.aptFails && line.endsWith(options.aptFails)) return 100;
      if (line.endsWith("apt-get install -y chromium") && options.installs) files.add(options.installs);
      return 0;
    },
  };
  return { fake, ran };
}

const quiet = () => {};

describe("the end-to-end browser", () => {
  it("prefers Playwright's own Chromium, then Debian's", () => {
    expect(findBrowser(machine({ files: ["/cache/ms-playwright/chromium/chrome", "/usr/bin/chromium"] }).fake)).toEqual({
      kind: "playwright",
      executablePath: "/cache/ms-playwright/chromium/chrome",
    });
    expect(findBrowser(machine({ files: ["/usr/bin/chromium"] }).fake)).toEqual({ kind: "system", executablePath: "/usr/bin/chromium" });
    expect(findBrowser(machine({ files: ["/usr/bin/chromium-browser"] }).fake)?.executablePath).toBe("/usr/bin/chromium-browser");
  });

  it("installs nothing when a browser exists", () => {
    const { fake, ran } = machine({ files: ["/usr/bin/chromium"], root: true });
    expect(ensureBrowser(quiet, fake).ok).toBe(true);
    expect(ran).toEqual([]);
  });

  it("installs Debian's chromium as root: apt-get update, then install", () => {
    const { fake, ran } = machine({ root: true, installs: "/usr/bin/chromium" });
    expect(ensureBrowser(quiet, fake)).toEqual({ ok: true, browser: { kind: "system", executablePath: "/usr/bin/chromium" } });
    expect(ran.filter((l) => l.includes("apt-get "))).toEqual(["apt-get update", "apt-get install -y chromium"]);
  });

  it("uses passwordless sudo when not root", () => {
    const { fake, ran } = machine({ sudo: true, installs: "/usr/bin/chromium" });
    expect(ensureBrowser(quiet, fake).ok).toBe(true);
    expect(ran).toContain("sudo -n apt-get install -y chromium");
  });

  it("without root or sudo says in one line what to run, and runs nothing", () => {
    const { fake, ran } = machine({ sudo: false });
    const result = ensureBrowser(quiet, fake);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toContain("sudo apt-get install -y chromium");
    expect(result.reason).not.toContain("\n");
    expect(ran.some((l) => l.includes("apt-get install"))).toBe(false);
  });

  it("without apt-get points to another way", () => {
    const result = ensureBrowser(quiet, machine({ root: true, apt: false }).fake);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain("npx playwright install chromium");
  });

  it("reports a failed install with the command that failed", () => {
    const result = ensureBrowser(quiet, machine({ root: true, aptFails: "apt-get update" }).fake);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain("`apt-get update` exited 100");
  });
});
