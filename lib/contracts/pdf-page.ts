import { PDFDocument, type PDFFont } from "pdf-lib";
import { evenGlyphFontkit } from "@/lib/contracts/pdf-fontkit";

/** A4 in PDF points and the margin every document of the center uses. */
export const A4 = { width: 595.28, height: 841.89 };
export const MARGIN = 56;

/** A new PDF with the Chinese font embedded as a subset (only the glyphs used). */
export async function createChinesePdf(fontBytes: Uint8Array): Promise<{ pdf: PDFDocument; font: PDFFont }> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(evenGlyphFontkit);
  const font = await pdf.embedFont(fontBytes, { subset: true });
  return { pdf, font };
}

/** Breaks text into lines no wider than `width`, character by character (Chinese has no spaces). */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const ch of text) {
    if (font.widthOfTextAtSize(line + ch, size) > width && line) {
      lines.push(line);
      line = ch;
    } else line += ch;
  }
  lines.push(line);
  return lines;
}
