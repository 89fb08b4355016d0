import { getCurrentUser } from "@/lib/auth/current-user";
import { getDocumentBytes } from "@/lib/withdrawals/queries";

/** Staff view an uploaded document inline; the stored MIME type came from its magic bytes. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; docId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("未登录", { status: 401 });
  if (!user.roles.some((r) => r === "TELLER" || r === "REVIEWER" || r === "RISK_OFFICER")) return new Response("无权访问", { status: 403 });
  const { id, docId } = await params;
  const doc = await getDocumentBytes(id, docId);
  if (!doc) return new Response("未找到", { status: 404 });
  return new Response(new Uint8Array(doc.bytes), {
    headers: {
      "content-type": doc.mime,
      "content-disposition": `inline; filename*=UTF-8''${encodeURIComponent(doc.filename)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
}
