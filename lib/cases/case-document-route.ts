import "server-only";
import { actorOf } from "@/lib/auth/actor";
import { getCurrentUser } from "@/lib/auth/current-user";
import { openCaseDocument, type CaseDocumentReader } from "@/lib/cases/case-documents";
import { fileResponse } from "@/lib/documents/file-response";
import { isDomainError } from "@/lib/errors";

type Params = { params: Promise<{ caseId: string; docId: string }> };

/**
 * The GET handler of /<screen>/cases/:caseId/documents/:docId: a case's material inline, as stored
 * (its MIME type came from its magic bytes; its SHA-256 in a header). Route handlers are not
 * wrapped by the layout, so the sign-in, the role and the case are checked here and in
 * openCaseDocument. A GET: nothing changes.
 */
export function caseDocumentRoute(as: CaseDocumentReader): (request: Request, ctx: Params) => Promise<Response> {
  return async (_request, { params }) => {
    const user = await getCurrentUser();
    if (!user) return new Response("未登录", { status: 401 });
    const { caseId, docId } = await params;
    try {
      const doc = await openCaseDocument({ actor: actorOf(user), as, caseId, documentId: docId });
      if (!doc) return new Response("未找到", { status: 404 });
      return fileResponse({ bytes: doc.bytes, fileName: doc.filename, contentType: doc.mime, sha256: doc.sha256 }, "inline");
    } catch (error) {
      if (isDomainError(error) && error.code === "FORBIDDEN_ROLE") return new Response("无权访问", { status: 403 });
      throw error;
    }
  };
}
