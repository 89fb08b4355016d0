import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prepareDocument } from "@/lib/documents/prepare-document";

describe("prepareDocument", () => {
  it("stores the sniffed type, size and SHA-256, and cleans the file name", () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const doc = prepareDocument({ kind: "RENTAL_CONTRACT", filename: "../合同\u0000.png", bytes });
    expect(doc).toMatchObject({ kind: "RENTAL_CONTRACT", filename: ".._合同_.png", mime: "image/png", size: 11 });
    expect(doc.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
  });
  it("refuses a text file named .pdf, at the field of its kind", () => {
    expect(() => prepareDocument({ kind: "ID_CARD", filename: "id.pdf", bytes: new TextEncoder().encode("hello") })).toThrow(
      expect.objectContaining({ code: "DOCUMENT_INVALID", field: "doc_ID_CARD", message: "只接受 PDF、JPEG 或 PNG 文件" }),
    );
  });
});
