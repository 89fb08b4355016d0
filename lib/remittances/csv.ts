/**
 * A small strict CSV reader (RFC 4180): comma separated, optional double-quoted fields with ""
 * escapes, CRLF or LF line ends, an optional UTF-8 BOM. Bytes must be valid UTF-8: a file saved
 * as GBK by an old spreadsheet fails here with a clear message instead of garbled names.
 */

import { MAX_CSV_BYTES } from "@/lib/remittances/limits";

export { MAX_CSV_BYTES };

export type CsvProblem = "EMPTY" | "TOO_LARGE" | "ENCODING" | "UNTERMINATED_QUOTE" | "STRAY_QUOTE";

export const CSV_MESSAGES: Record<CsvProblem, string> = {
  EMPTY: "文件为空",
  TOO_LARGE: "文件超过 10 MB，请分批上传",
  ENCODING: "文件编码不是 UTF-8，请在表格软件中另存为“CSV UTF-8”格式",
  UNTERMINATED_QUOTE: "引号未闭合",
  STRAY_QUOTE: "字段中间出现了多余的引号",
};

export type CsvResult = { ok: true; rows: string[][] } | { ok: false; problem: CsvProblem; line?: number };

/** Decodes and splits a CSV file into rows of raw field strings; blank lines are dropped. */
export function parseCsv(bytes: Uint8Array): CsvResult {
  if (bytes.byteLength > MAX_CSV_BYTES) return { ok: false, problem: "TOO_LARGE" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, problem: "ENCODING" };
  }
  return splitCsv(text);
}

/** The text half of parseCsv (tests feed strings). */
export function splitCsv(input: string): CsvResult {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let wasQuoted = false;
  let line = 1;
  const endField = () => {
    row.push(wasQuoted ? field : field.trim());
    field = "";
    wasQuoted = false;
  };
  const endRow = () => {
    endField();
    if (!(row.length === 1 && row[0] === "")) rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (field.trim() !== "" || wasQuoted) return { ok: false, problem: "STRAY_QUOTE", line };
      field = "";
      quoted = true;
      wasQuoted = true;
    } else if (ch === ",") endField();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRow();
      line++;
    } else {
      if (wasQuoted) return { ok: false, problem: "STRAY_QUOTE", line };
      field += ch;
    }
  }
  if (quoted) return { ok: false, problem: "UNTERMINATED_QUOTE", line };
  if (field !== "" || row.length > 0 || wasQuoted) endRow();
  if (rows.length === 0) return { ok: false, problem: "EMPTY" };
  return { ok: true, rows };
}
