import { describe, expect, it } from "vitest";
import { MAX_DOCUMENT_BYTES, sniffDocument } from "@/lib/documents/file-type";

const bytes = (...b: number[]) => new Uint8Array([...b, 0, 0, 0, 0]);

describe("sniffDocument", () => {
  it("recognizes PDF, JPEG and PNG by their first bytes", () => {
    expect(sniffDocument(new TextEncoder().encode("%PDF-1.7\n..."))).toEqual({ ok: true, mime: "application/pdf" });
    expect(sniffDocument(bytes(0xff, 0xd8, 0xff, 0xe0))).toEqual({ ok: true, mime: "image/jpeg" });
    expect(sniffDocument(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toEqual({ ok: true, mime: "image/png" });
  });
  it("refuses anything else, an empty file and one over 5 MB", () => {
    expect(sniffDocument(new TextEncoder().encode("MZ\x90\x00 fake.pdf"))).toEqual({ ok: false, problem: "TYPE" });
    expect(sniffDocument(new Uint8Array())).toEqual({ ok: false, problem: "EMPTY" });
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    big.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
    expect(sniffDocument(big)).toEqual({ ok: false, problem: "TOO_LARGE" });
  });
});
