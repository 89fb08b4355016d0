/**
 * A stored or rendered file as the HTTP response of a download route: never cached by a shared
 * cache, the name in RFC 5987 form, and the SHA-256 of a stored file in a header (the same hash the
 * page shows, so a copy can be checked).
 */
export function fileResponse(
  file: { bytes: Uint8Array; fileName: string; sha256?: string | null; contentType?: string },
  disposition: "inline" | "attachment",
): Response {
  const headers: Record<string, string> = {
    "Content-Type": file.contentType ?? "application/pdf",
    "Content-Disposition": `${disposition}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
  if (file.sha256) headers["X-Content-SHA256"] = file.sha256;
  return new Response(new Uint8Array(file.bytes), { headers });
}
