import { labelIndexes, niceYScale, plotPoint, type Frame } from "@/components/charts/scale";

export type LinePoint = { label: string; value: number; /** Shown in the point's tooltip. */ display: string };

/**
 * A line chart drawn on the server as SVG (no chart library, no client code). The figures behind it
 * should also be given as a table on the page: the SVG is a picture, its aria-label a summary.
 */
export function LineChart({
  title,
  points,
  unit = "",
  width = 720,
  height = 240,
}: {
  title: string;
  points: LinePoint[];
  unit?: string;
  width?: number;
  height?: number;
}) {
  const frame: Frame = { width, height, left: 48, right: 16, top: 12, bottom: 28 };
  const scale = niceYScale(Math.max(0, ...points.map((p) => p.value)));
  const xy = points.map((p, i) => plotPoint(i, points.length, p.value, scale.max, frame));
  const path = xy.map((p, i) => `${i === 0 ? "M" : "L"}${p.x},${p.y}`).join(" ");
  const first = points[0];
  const last = points[points.length - 1];
  const summary =
    first && last
      ? `${title}：${first.label} ${first.display} 至 ${last.label} ${last.display}，共 ${points.length} 个数据点`
      : `${title}：暂无数据`;

  return (
    <figure className="w-full">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary} className="h-auto w-full text-slate-500">
        <title>{summary}</title>
        {scale.ticks.map((t) => {
          const y = plotPoint(0, 1, t, scale.max, frame).y;
          return (
            <g key={t}>
              <line x1={frame.left} x2={width - frame.right} y1={y} y2={y} stroke="#e2e8f0" />
              <text x={frame.left - 6} y={y + 4} textAnchor="end" fontSize="11" fill="currentColor">
                {`${t}${unit}`}
              </text>
            </g>
          );
        })}
        {labelIndexes(points.length).map((i) => (
          // The end labels hug the plot edges, so they grow inwards instead of being cut off.
          <text
            key={i}
            x={xy[i]!.x}
            y={height - 8}
            textAnchor={points.length > 1 && i === points.length - 1 ? "end" : points.length > 1 && i === 0 ? "start" : "middle"}
            fontSize="11"
            fill="currentColor"
          >
            {points[i]!.label}
          </text>
        ))}
        {points.length > 1 ? <path d={path} fill="none" stroke="#0369a1" strokeWidth="2" /> : null}
        {xy.map((p, i) => (
          <circle key={points[i]!.label} cx={p.x} cy={p.y} r="2.5" fill="#0369a1">
            <title>{`${points[i]!.label}：${points[i]!.display}`}</title>
          </circle>
        ))}
      </svg>
      {points.length === 0 ? <figcaption className="text-sm text-slate-500">暂无数据（日终批处理运行后生成）</figcaption> : null}
    </figure>
  );
}
