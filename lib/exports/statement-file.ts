import { chineseFontBytes } from "@/lib/contracts/font";
import { statementCsv, type Statement } from "@/lib/exports/statement";
import { renderStatementPdf } from "@/lib/exports/statement-pdf";

export type StatementFormat = "csv" | "pdf";

export function isStatementFormat(value: string): value is StatementFormat {
  return value === "csv" || value === "pdf";
}

/** The statement as a downloadable file: CSV (UTF-8 with BOM) or PDF, the same rows in both. */
export async function statementFile(
  statement: Statement,
  format: StatementFormat,
  centerName: string,
): Promise<{ bytes: Uint8Array; fileName: string; contentType: string }> {
  if (format === "csv") {
    return {
      bytes: new TextEncoder().encode(statementCsv(statement)),
      fileName: `${statement.fileBase}.csv`,
      contentType: "text/csv; charset=utf-8",
    };
  }
  const bytes = await renderStatementPdf(statement, { centerName, fontBytes: await chineseFontBytes() });
  return { bytes, fileName: `${statement.fileBase}.pdf`, contentType: "application/pdf" };
}
