import { PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from "pdf-lib";
import fontkit from "@pdf-lib/fontkit";

/**
 * Decodes the TrueType subset embedded in a PDF and counts its glyphs and the blank ones. A subset
 * written with truncated `loca` offsets (fontkit 1.1.1's odd-length glyph bug) throws here or
 * comes out mostly blank, which is how Chinese text silently vanished from our PDFs.
 */
export async function embeddedFontGlyphs(bytes: Uint8Array): Promise<{ glyphs: number; blank: number }> {
  const doc = await PDFDocument.load(bytes);
  const descriptor = doc.context
    .enumerateIndirectObjects()
    .map(([, o]) => o)
    .find((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of("Type"))?.toString() === "/FontDescriptor");
  if (!descriptor) throw new Error("no embedded font");
  const file = doc.context.lookup(descriptor.get(PDFName.of("FontFile2"))) as PDFRawStream;
  const subset = fontkit.create(Buffer.from(decodePDFRawStream(file).decode()));
  let blank = 0;
  for (let gid = 0; gid < subset.numGlyphs; gid++) {
    if ((subset.getGlyph(gid).path as unknown as { commands: unknown[] }).commands.length === 0) blank++;
  }
  return { glyphs: subset.numGlyphs, blank };
}
