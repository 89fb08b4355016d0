import type { ReactNode } from "react";

export type Column<Row> = { header: string; cell: (row: Row) => ReactNode; align?: "left" | "right" };

// NOTE: below the `sm` breakpoint (phones) each row turns into a card: the header row is kept
// for screen readers only, and every cell shows its column name before its value (data-label,
// drawn by the table[data-cards-on-phone] rules in app/globals.css, written once there instead of
// on every cell). One markup for both sizes, so nothing is rendered twice.

/** A plain table of DTO rows with an "empty" line; amounts align right. On phones, rows are cards. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
}: {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  empty: string;
}) {
  if (rows.length === 0) return <p className="py-2 text-sm text-slate-600">{empty}</p>;
  return (
    // Focusable so a table wider than the screen can be scrolled with the keyboard (axe scrollable-region-focusable).
    <div tabIndex={0} className="overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700">
      <table className="w-full text-sm" data-cards-on-phone="">
        <caption className="sr-only">{caption}</caption>
        <thead className="max-sm:sr-only">
          <tr className="border-b border-slate-200 text-slate-600">
            {columns.map((c) => (
              <th key={c.header} scope="col" className={`px-2 py-2 font-medium ${c.align === "right" ? "text-right" : "text-left"}`}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => (
                <td key={c.header} data-label={c.header} className={c.align === "right" ? "text-right tabular-nums" : undefined}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
