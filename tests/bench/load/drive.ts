// One autocannon run against one page: every response's time is kept, so p50/p95/p99 are exact
// (autocannon's own summary has no p95).
import autocannon from "autocannon";

export type PageRun = {
  connections: number;
  requests: number;
  /** Completed requests per second. */
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx answers + connection errors + timeouts. */
  errors: number;
  timeouts: number;
};

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function drive(url: string, opts: { connections: number; seconds: number; cookie?: string }): Promise<PageRun> {
  const times: number[] = [];
  let notOk = 0;
  const instance = autocannon({
    url,
    connections: opts.connections,
    duration: opts.seconds,
    timeout: 10,
    headers: opts.cookie ? { cookie: opts.cookie } : {},
  });
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    times.push(responseTime);
    if (statusCode < 200 || statusCode > 299) notOk++;
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    connections: opts.connections,
    requests: times.length,
    perSecond: times.length / result.duration,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: notOk + result.errors,
    timeouts: result.timeouts,
  };
}
