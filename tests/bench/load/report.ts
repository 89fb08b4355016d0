// The benchmark's result as the markdown table the README keeps.

export type ReportRow = {
  label: string;
  path: string;
  connections: number;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  timeouts: number;
  peakMb: number | null;
};

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : "–");

export function markdownTable(rows: ReportRow[], seconds: number): string {
  const lines = [
    `| Page | Connections | Requests (${seconds} s) | Req/s | p50 (ms) | p95 (ms) | p99 (ms) | Errors (timeouts) | Server peak RSS (MB) |`,
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const r of rows) lines.push(markdownRow(r));
  return lines.join("\n");
}

export function markdownRow(r: ReportRow): string {
  return `| ${r.label} | ${r.connections} | ${r.requests} | ${r.perSecond.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.errors} (${r.timeouts}) | ${r.peakMb ?? "–"} |`;
}
