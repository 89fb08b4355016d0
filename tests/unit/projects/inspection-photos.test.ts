import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { DomainError } from "@/lib/errors";
import { preparePhotos } from "@/lib/projects/inspection-photos";
import { projectErrorMessage } from "@/lib/projects/messages";

function photoError(files: Parameters<typeof preparePhotos>[0]): DomainError {
  try {
    preparePhotos(files);
  } catch (error) {
    return error as DomainError;
  }
  throw new Error("preparePhotos accepted the files");
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2]);
const PDF = new TextEncoder().encode("%PDF-1.7 ...");

describe("preparePhotos", () => {
  it("keeps JPEG and PNG by their bytes, with size and SHA-256", () => {
    const [a, b] = preparePhotos([
      { filename: "site.png", bytes: PNG },
      { filename: "renamed.pdf", bytes: JPEG },
    ]);
    expect(a).toMatchObject({ filename: "site.png", mime: "image/png", size: 10, sha256: createHash("sha256").update(PNG).digest("hex") });
    expect(b).toMatchObject({ filename: "renamed.pdf", mime: "image/jpeg", size: 6 });
  });

  it("refuses a PDF, a fake image, an oversize file, none and too many, at the photos field", () => {
    // The lib error names the file and the problem; the Chinese text is the projects catalogue's.
    const pdf = photoError([{ filename: "plan.pdf", bytes: PDF }]);
    expect(pdf).toMatchObject({ code: "PHOTO_INVALID", field: "photos", details: { filename: "plan.pdf", problem: "TYPE" } });
    expect(projectErrorMessage(pdf)).toBe("plan.pdf：只接受 JPEG 或 PNG 照片");
    const fake = photoError([{ filename: "x.jpg", bytes: new TextEncoder().encode("MZ") }]);
    expect(fake).toMatchObject({ code: "PHOTO_INVALID" });
    expect(projectErrorMessage(fake)).toBe("x.jpg：只接受 JPEG 或 PNG 照片");
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(JPEG);
    const oversize = photoError([{ filename: "big.jpg", bytes: big }]);
    expect(oversize).toMatchObject({ code: "PHOTO_INVALID" });
    expect(projectErrorMessage(oversize)).toBe("big.jpg：文件不能超过 5 MB");
    expect(() => preparePhotos([])).toThrow(expect.objectContaining({ code: "PHOTO_REQUIRED", field: "photos" }));
    expect(() => preparePhotos(Array.from({ length: 11 }, (_, i) => ({ filename: `${i}.png`, bytes: PNG })))).toThrow(
      expect.objectContaining({ code: "TOO_MANY_PHOTOS" }),
    );
  });
});
