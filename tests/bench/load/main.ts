/**
 * Load benchmark (not a test): `npm run bench:load`. Starts the production server on the seeded
 * demo database (server.ts), signs in one session per role through Auth.js, then drives each of
 * the busiest pages with autocannon at 50, 200 and 500 concurrent connections and prints per page
 * p50/p95/p99, throughput, errors and the server's peak RSS as a markdown table.
 * Targets on 2 cores: p95 ≤ 200 ms at 200 connections, no errors at 500.
 *
 *   HPF_LOAD_URL=http://127.0.0.1:3000   drive a server that is already up (seeded demo data)
 *   HPF_LOAD_CONNECTIONS=50,200,500      concurrency levels
 *   HPF_LOAD_SECONDS=10                  seconds per page and level
 *   HPF_LOAD_PAGES=portal,verify         only these pages (keys below)
 *   PORT, HPF_PG_PORT                    ports of the server and the embedded PostgreSQL it starts
 * A server that is not up (or does not start) gives one line and exit code 1.
 */
import { drive, type PageRun } from "./drive";
import { fetchPage, ServerUnreachable } from "./http";
import { sampleRss, type RssSampler } from "./rss";
import { externalServer, ownServer, ServerDidNotStart, type ServerUnderLoad } from "./server";
import { ROLE_CREDENTIALS, signIn, type Role } from "./sign-in";
import { markdownRow, markdownTable } from "./report";

type Page = { key: string; label: string; role: Role | null; path: string };

const LEVELS = (process.env.HPF_LOAD_CONNECTIONS ?? "50,200,500").split(",").map(Number);
const SECONDS = Number(process.env.HPF_LOAD_SECONDS ?? 10);
const ONLY = process.env.HPF_LOAD_PAGES?.split(",");

/** The first link on `html` matching `pattern` (group 1 is the path). */
function firstLink(html: string, pattern: RegExp, what: string): string {
  const match = pattern.exec(html);
  if (!match) throw new Error(`found no ${what} to load (the demo data should have one)`);
  return match[1]!.replaceAll("&amp;", "&");
}

async function pagesOf(server: ServerUnderLoad, cookies: Record<Role, string>): Promise<Page[]> {
  const portal = await fetchPage(server.baseUrl, "/portal", cookies.citizen);
  const window = await fetchPage(server.baseUrl, "/window", cookies.teller);
  const verifyCode = server.verifyCode ?? "2345-6789-ABCD";
  const pages: Page[] = [
    { key: "landing", label: "landing `/`", role: null, path: "/" },
    { key: "portal", label: "citizen home `/portal`", role: "citizen", path: "/portal" },
    {
      key: "loan",
      label: "citizen loan `/portal/loans/[loanNo]`",
      role: "citizen",
      path: firstLink(portal, /href="(\/portal\/loans\/(?!apply)[^"?/]+)"/, "loan link on /portal"),
    },
    { key: "window", label: "window queue `/window`", role: "teller", path: "/window" },
    {
      key: "case",
      label: "case page `/window/cases/[caseId]`",
      role: "teller",
      path: firstLink(window, /href="(\/window\/cases\/[^"?/]+)"/, "case link on /window"),
    },
    { key: "review", label: "review queue `/review`", role: "reviewer", path: "/review" },
    { key: "ledger", label: "collections ledger `/risk/collections`", role: "risk", path: "/risk/collections" },
    { key: "verify", label: "`/verify?code=…`", role: null, path: `/verify?code=${verifyCode}` },
  ];
  return pages.filter((p) => !ONLY || ONLY.includes(p.key));
}

/**
 * Waits until the server has worked off what the last run left in flight (autocannon stops
 * sending, not the server working), so no run pays for the one before it.
 */
async function settle(baseUrl: string): Promise<void> {
  // An overloaded server may take minutes to answer again; give up waiting (not the run) after 5.
  const deadline = Date.now() + 5 * 60_000;
  while (Date.now() < deadline) {
    const t0 = performance.now();
    const answered = await fetchPage(baseUrl, "/api/health").then(
      () => true,
      (error: unknown) => {
        if (error instanceof ServerUnreachable && /ECONNREFUSED/.test(error.message)) throw error; // it is gone
        return false;
      },
    );
    if (answered && performance.now() - t0 < 100) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function run(server: ServerUnderLoad): Promise<void> {
  const cookies = {} as Record<Role, string>;
  for (const role of Object.keys(ROLE_CREDENTIALS) as Role[]) cookies[role] = await signIn(server.baseUrl, role);
  const pages = await pagesOf(server, cookies);
  // Warm-up: every page answers 200 with its session, a few times, before anything is measured.
  // The warm-up also gives each page's size and its time when it has the server to itself (the
  // median of the last 5 of 10 requests sent one at a time): what a page costs, before contention.
  const alone: string[] = ["| Page | HTML (KB) | One at a time, median (ms) |", "| --- | --- | --- |"];
  for (const page of pages) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      bytes = Buffer.byteLength(await fetchPage(server.baseUrl, page.path, page.role ? cookies[page.role] : undefined));
      if (i >= 5) times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    alone.push(`| ${page.label} | ${(bytes / 1024).toFixed(0)} | ${times[2]!.toFixed(0)} |`);
  }
  console.log(`[load] each page alone:\n${alone.join("\n")}\n`);

  const rss: RssSampler | null = server.pid ? sampleRss(server.pid) : null;
  const rows: { page: Page; run: PageRun; peakMb: number | null }[] = [];
  for (const connections of LEVELS) {
    for (const page of pages) {
      const result = await drive(new URL(page.path, server.baseUrl).href, {
        connections,
        seconds: SECONDS,
        cookie: page.role ? cookies[page.role] : undefined,
      });
      await settle(server.baseUrl);
      const peakMb = rss?.takePeakMb() ?? null;
      rows.push({ page, run: result, peakMb });
      // Each row as soon as it is measured, so a run cut short still leaves its figures.
      console.log(`[load] ${markdownRow({ label: page.label, path: page.path, ...result, peakMb })}`);
    }
  }
  rss?.stop();
  console.log(
    `\n${markdownTable(
      rows.map((r) => ({ label: r.page.label, path: r.page.path, ...r.run, peakMb: r.peakMb })),
      SECONDS,
    )}`,
  );
  if (rss) console.log(`\nServer peak RSS over the whole run: ${rss.overallPeakMb()} MB (next-server).`);
}

async function main(): Promise<number> {
  const external = process.env.HPF_LOAD_URL;
  const server = external ? await externalServer(external) : await ownServer(ROLE_CREDENTIALS.citizen.idNumber!);
  const stopOnSignal = () => void server.stop().finally(() => process.exit(130));
  process.once("SIGINT", stopOnSignal).once("SIGTERM", stopOnSignal);
  try {
    await run(server);
    return 0;
  } finally {
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // One clear line, never a stack trace: a dead or failing server is an expected outcome here.
    const known = error instanceof ServerUnreachable || error instanceof ServerDidNotStart;
    console.error(`[load] ${known ? "" : "failed: "}${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
