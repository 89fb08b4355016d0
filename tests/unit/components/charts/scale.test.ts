import { describe, expect, it } from "vitest";
import { labelIndexes, niceStep, niceYScale, plotPoint, type Frame } from "@/components/charts/scale";

describe("niceStep", () => {
  it("rounds up to 1, 2, 2.5 or 5 × 10^k", () => {
    expect([0.3, 1, 1.2, 2.2, 3, 7, 0.0042, 130].map(niceStep)).toEqual([0.5, 1, 2, 2.5, 5, 10, 0.005, 200]);
  });

  it("refuses zero, negatives and NaN", () => {
    for (const bad of [0, -1, Number.NaN, Infinity]) expect(() => niceStep(bad)).toThrow();
  });
});

describe("niceYScale", () => {
  it("covers the largest value with whole nice steps from 0", () => {
    expect(niceYScale(3.27)).toEqual({ max: 4, step: 1, ticks: [0, 1, 2, 3, 4] });
    expect(niceYScale(1.84)).toEqual({ max: 2, step: 0.5, ticks: [0, 0.5, 1, 1.5, 2] });
    expect(niceYScale(0.3)).toEqual({ max: 0.3, step: 0.1, ticks: [0, 0.1, 0.2, 0.3] });
    expect(niceYScale(4)).toEqual({ max: 4, step: 1, ticks: [0, 1, 2, 3, 4] });
  });

  it("gives 0–1 when every value is 0", () => {
    expect(niceYScale(0)).toEqual({ max: 1, step: 0.25, ticks: [0, 0.25, 0.5, 0.75, 1] });
  });
});

describe("plotPoint", () => {
  const frame: Frame = { width: 200, height: 120, left: 20, right: 10, top: 10, bottom: 10 };
  it("maps the first and last points to the plot edges and values onto the inverted y axis", () => {
    expect(plotPoint(0, 3, 0, 4, frame)).toEqual({ x: 20, y: 110 });
    expect(plotPoint(2, 3, 4, 4, frame)).toEqual({ x: 190, y: 10 });
    expect(plotPoint(1, 3, 1, 4, frame)).toEqual({ x: 105, y: 85 });
  });

  it("centres a single point and clamps values outside 0–max", () => {
    expect(plotPoint(0, 1, 9, 4, frame)).toEqual({ x: 105, y: 10 });
    expect(plotPoint(0, 1, -2, 4, frame).y).toBe(110);
  });
});

describe("labelIndexes", () => {
  it("picks at most `max` labels, always the last", () => {
    expect(labelIndexes(60, 6)).toEqual([9, 19, 29, 39, 49, 59]);
    expect(labelIndexes(12, 6)).toEqual([1, 3, 5, 7, 9, 11]);
    expect(labelIndexes(3, 6)).toEqual([0, 1, 2]);
    expect(labelIndexes(0)).toEqual([]);
  });
});
