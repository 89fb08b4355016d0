import { rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { A4, createChinesePdf } from "@/lib/contracts/pdf-page";
import type { Statement } from "@/lib/exports/statement";

const MARGIN = 40;
const SIZE = 8;
const ROW = 14;

/** The statement as an A4 PDF: title, facts, then the table (header repeated on every page) and 合计. */
export async function renderStatementPdf(s: Statement, opts: { centerName: string; fontBytes: Uint8Array }): Promise<Uint8Array> {
  const { pdf, font } = await createChinesePdf(opts.fontBytes);
  pdf.setTitle(s.title);
  pdf.setCreator(opts.centerName);
  let page = pdf.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;
  const title = s.title;
  page.drawText(title, { x: (A4.width - font.widthOfTextAtSize(title, 16)) / 2, y: y - 16, size: 16, font });
  y -= 36;
  page.drawText(`出具单位：${opts.centerName}`, { x: MARGIN, y, size: 9, font });
  y -= 16;
  for (const [label, value] of s.facts) {
    page.drawText(`${label}：${value}`, { x: MARGIN, y, size: 9, font });
    y -= 14;
  }
  y -= 8;
  const header = () => {
    drawRow(
      page,
      font,
      s,
      s.columns.map((c) => c.header),
      y,
      true,
    );
    y -= ROW;
  };
  header();
  for (const row of [...s.rows, s.totals]) {
    if (y < MARGIN + ROW) {
      page = pdf.addPage([A4.width, A4.height]);
      y = A4.height - MARGIN;
      header();
    }
    drawRow(page, font, s, row, y, row === s.totals);
    y -= ROW;
  }
  return pdf.save();
}

function drawRow(page: PDFPage, font: PDFFont, s: Statement, cells: string[], y: number, strong: boolean) {
  let x = MARGIN;
  if (strong) page.drawLine({ start: { x: MARGIN, y: y + ROW - 3 }, end: { x: A4.width - MARGIN, y: y + ROW - 3 }, thickness: 0.5 });
  s.columns.forEach((column, i) => {
    const text = fit(cells[i] ?? "", font, column.width - 4);
    const width = font.widthOfTextAtSize(text, SIZE);
    const at = column.align === "right" ? x + column.width - 4 - width : x;
    if (text) page.drawText(text, { x: at, y, size: SIZE, font, color: rgb(0.1, 0.1, 0.1) });
    x += column.width;
  });
}

/** Cuts a cell that would run into the next column, marking the cut with "…". */
function fit(text: string, font: PDFFont, width: number): string {
  if (font.widthOfTextAtSize(text, SIZE) <= width) return text;
  let cut = text;
  while (cut && font.widthOfTextAtSize(`${cut}…`, SIZE) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}
