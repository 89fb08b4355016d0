/**
 * Scale maths for the server-rendered SVG charts (no chart library). Pure; values are plain
 * numbers because they only place pixels — amounts and rates are still shown from their strings.
 */

/** The "nice" number (1, 2, 2.5 or 5 × 10^k) at or above x > 0. */
export function niceStep(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) throw new Error(`niceStep needs a positive number, got ${x}`);
  const power = 10 ** Math.floor(Math.log10(x));
  const f = x / power;
  const nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
  return Number((nice * power).toPrecision(12));
}

export type YScale = { max: number; step: number; ticks: number[] };

/**
 * A y axis from 0 covering `maxValue` in about `tickCount` nice steps: max is a whole number of
 * steps ≥ maxValue. All-zero (or empty) data gets the axis 0–1.
 */
export function niceYScale(maxValue: number, tickCount = 4): YScale {
  const top = maxValue > 0 && Number.isFinite(maxValue) ? maxValue : 1;
  const step = niceStep(top / tickCount);
  const steps = Math.max(1, Math.ceil(Number((top / step).toPrecision(12))));
  const ticks = Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { max: ticks[ticks.length - 1]!, step, ticks };
}

export type Frame = { width: number; height: number; left: number; right: number; top: number; bottom: number };

/** Pixel position of point i of n with value v inside the frame (y grows downwards in SVG). */
export function plotPoint(i: number, n: number, v: number, yMax: number, f: Frame): { x: number; y: number } {
  const innerW = f.width - f.left - f.right;
  const innerH = f.height - f.top - f.bottom;
  const x = n <= 1 ? f.left + innerW / 2 : f.left + (innerW * i) / (n - 1);
  const y = f.top + innerH - (innerH * Math.min(Math.max(v, 0), yMax)) / yMax;
  return { x: round2(x), y: round2(y) };
}

/** Which of n x labels to print so that at most `max` show, always including the last. */
export function labelIndexes(n: number, max = 6): number[] {
  if (n <= 0) return [];
  const every = Math.max(1, Math.ceil(n / max));
  const picked = new Set<number>();
  for (let i = n - 1; i >= 0; i -= every) picked.add(i);
  return [...picked].sort((a, b) => a - b);
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
