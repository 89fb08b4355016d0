import { getCurrentUser } from "@/lib/auth/current-user";
import { getCaseDocumentBytes } from "@/lib/cases/case-documents";
import { fileResponse } from "@/lib/documents/file-response";

/** Staff view a material uploaded with an online application, inline; its MIME type came from its magic bytes. */
export async function GET(_request: Request, { params }: { params: Promise<{ caseId: string; docId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("未登录", { status: 401 });
  if (!user.roles.some((r) => r === "TELLER" || r === "REVIEWER" || r === "RISK_OFFICER")) return new Response("无权访问", { status: 403 });
  const { caseId, docId } = await params;
  const doc = await getCaseDocumentBytes(caseId, docId);
  if (!doc) return new Response("未找到", { status: 404 });
  return fileResponse({ bytes: doc.bytes, fileName: doc.filename, contentType: doc.mime }, "inline");
}
