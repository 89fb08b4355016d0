import { DomainError, isDomainError } from "@/lib/errors";
import { prepareDocument, type DocumentDraft } from "@/lib/documents/prepare-document";

export const MAX_PHOTOS = 10;

export type PhotoDraft = Omit<DocumentDraft, "kind" | "mime"> & { mime: "image/jpeg" | "image/png" };

/**
 * Checks an inspection's photos with the shared upload checks (lib/documents: type by magic bytes,
 * at most 5 MB, SHA-256) and keeps only JPEG and PNG: a PDF is a document, not a photo.
 * Errors (field photos): PHOTO_REQUIRED (none), TOO_MANY_PHOTOS (> 10), PHOTO_INVALID (details
 * filename and problem, a DocumentProblem; the text is projectErrorMessage's).
 */
export function preparePhotos(files: { filename: string; bytes: Uint8Array }[]): PhotoDraft[] {
  if (files.length === 0) throw new DomainError("PHOTO_REQUIRED", { field: "photos" });
  if (files.length > MAX_PHOTOS) throw new DomainError("TOO_MANY_PHOTOS", { field: "photos", details: { count: files.length } });
  return files.map((file) => {
    let draft: DocumentDraft;
    try {
      draft = prepareDocument({ kind: "photo", filename: file.filename, bytes: file.bytes });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      throw new DomainError("PHOTO_INVALID", { field: "photos", details: { filename: file.filename, problem: error.details?.problem } });
    }
    if (draft.mime !== "image/jpeg" && draft.mime !== "image/png") {
      throw new DomainError("PHOTO_INVALID", { field: "photos", details: { filename: file.filename, problem: "TYPE" } });
    }
    return { filename: draft.filename, mime: draft.mime, size: draft.size, sha256: draft.sha256, bytes: draft.bytes };
  });
}
