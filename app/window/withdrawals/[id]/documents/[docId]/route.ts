import { getCurrentUser } from "@/lib/auth/current-user";
import { getDocumentBytes } from "@/lib/withdrawals/queries";
import { fileResponse } from "@/lib/documents/file-response";

/**
 * Staff (the checker and the payer at the window) view an uploaded document inline, as stored: the
 * MIME type came from its magic bytes, the SHA-256 is in a header. A GET: nothing changes.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; docId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("未登录", { status: 401 });
  if (!user.roles.some((r) => r === "TELLER" || r === "REVIEWER" || r === "RISK_OFFICER")) return new Response("无权访问", { status: 403 });
  const { id, docId } = await params;
  const doc = await getDocumentBytes(id, docId);
  if (!doc) return new Response("未找到", { status: 404 });
  return fileResponse({ bytes: doc.bytes, fileName: doc.filename, contentType: doc.mime, sha256: doc.sha256 }, "inline");
}
