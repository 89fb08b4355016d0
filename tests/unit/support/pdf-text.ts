import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, decodePDFRawStream } from "pdf-lib";

/**
 * The text a PDF shows, one string per text-showing operator, in drawing order: content streams are
 * decoded, each `<hex> Tj` string is read as 2-byte glyph ids (pdf-lib writes Identity-H) and mapped
 * back to Unicode through the font's ToUnicode CMap — what a reader's copy-paste would give. Enough
 * for the PDFs pdf-lib writes for us (one embedded font); not a general PDF text extractor.
 */
export async function pdfTextLines(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const toUnicode = glyphMap(doc);
  const lines: string[] = [];
  for (const page of doc.getPages()) {
    for (const stream of contentStreams(doc, page.node.get(PDFName.of("Contents")))) {
      const ops = new TextDecoder("latin1").decode(decodePDFRawStream(stream).decode());
      for (const match of ops.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
        const hex = match[1]!;
        let text = "";
        for (let i = 0; i + 4 <= hex.length; i += 4) text += toUnicode.get(parseInt(hex.slice(i, i + 4), 16)) ?? "\uFFFD";
        lines.push(text);
      }
    }
  }
  return lines;
}

/** All the text of a PDF as one run: a sentence wrapped over two lines reads whole. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await pdfTextLines(bytes)).join("");
}

function contentStreams(doc: PDFDocument, contents: unknown): PDFRawStream[] {
  const resolved = contents instanceof PDFRef ? doc.context.lookup(contents) : contents;
  if (resolved instanceof PDFRawStream) return [resolved];
  if (resolved instanceof PDFArray) return resolved.asArray().flatMap((item) => contentStreams(doc, item));
  return [];
}

/** Glyph id → text, from every ToUnicode CMap in the document (bfchar and bfrange entries). */
function glyphMap(doc: PDFDocument): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || !object.get(PDFName.of("ToUnicode"))) continue;
    const cmapStream = doc.context.lookup(object.get(PDFName.of("ToUnicode"))) as PDFRawStream;
    const cmap = new TextDecoder("latin1").decode(decodePDFRawStream(cmapStream).decode());
    for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, gid, text] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(gid!, 16), utf16(text!));
    }
    for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, from, to, start] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        const first = parseInt(from!, 16);
        const base = parseInt(start!, 16);
        for (let gid = first; gid <= parseInt(to!, 16); gid++) map.set(gid, String.fromCharCode(base + gid - first));
      }
    }
  }
  return map;
}
