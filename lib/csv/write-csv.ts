/**
 * The one CSV writer for every export and download (pure): RFC 4180 quoting, CRLF line ends, and a
 * UTF-8 byte order mark so Excel opens the Chinese text correctly. Cells that a spreadsheet would
 * run as a formula (=, +, -, @, tab or CR first; plain negative numbers excepted) are prefixed with
 * an apostrophe, so a name typed as "=HYPERLINK(…)" stays text.
 */
export const UTF8_BOM = "\uFEFF";

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return UTF8_BOM + [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
