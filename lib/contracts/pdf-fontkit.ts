import fontkit from "@pdf-lib/fontkit";

/**
 * @pdf-lib/fontkit with a fix for subsetting TrueType fonts. NOTE: fontkit 1.1.1 writes a subset
 * with the short `loca` format (offset ÷ 2) whenever its glyph data is under 64 KB, but Noto Sans
 * SC's glyph records often have odd lengths, so halving truncates the offsets and most glyphs come
 * out garbled or blank in the PDF (poppler shows only a few characters). Padding every glyph record
 * to an even length — allowed by the TrueType spec — makes the offsets exact in either format.
 * Pass this to `pdf.registerFontkit(...)` instead of the bare package.
 */
type Subset = { glyf: Uint8Array[]; offset: number; _addGlyph(gid: number): number };
type Font = { createSubset(): unknown };

const patchedPrototypes = new WeakSet<object>();

function padGlyphsOf(font: Font): void {
  const proto = Object.getPrototypeOf(font.createSubset()) as Subset;
  if (patchedPrototypes.has(proto) || typeof proto._addGlyph !== "function") return;
  const addGlyph = proto._addGlyph;
  proto._addGlyph = function padded(this: Subset, gid: number): number {
    const index = addGlyph.call(this, gid);
    const record = this.glyf[index]!;
    if (record.length % 2 === 1) {
      // Same class as fontkit's own records (its Buffer polyfill): its encoder refuses others.
      const Record = record.constructor as new (size: number) => Uint8Array;
      const even = new Record(record.length + 1);
      even.set(record);
      even[record.length] = 0;
      this.glyf[index] = even;
      this.offset += 1;
    }
    return index;
  };
  patchedPrototypes.add(proto);
}

export const evenGlyphFontkit: typeof fontkit = {
  ...fontkit,
  create(...args: Parameters<typeof fontkit.create>) {
    const font = fontkit.create(...args);
    padGlyphsOf(font as unknown as Font);
    return font;
  },
};
