import { getCurrentUser } from "@/lib/auth/current-user";
import { contractFileForCase } from "@/lib/contracts/contract-file";
import { fileResponse } from "@/lib/documents/file-response";

// GET /window/cases/:caseId/contracts/loan|mortgage → the contract as a PDF for printing: once
// signed, the very bytes stored at signing. Route handlers are not wrapped by the layout, so the
// role is checked here too.
export async function GET(_req: Request, ctx: { params: Promise<{ caseId: string; kind: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("请先登录", { status: 401 });
  if (!user.roles.includes("TELLER") && !user.roles.includes("REVIEWER")) return new Response("无权访问", { status: 403 });
  const { caseId, kind } = await ctx.params;
  if (kind !== "loan" && kind !== "mortgage") return new Response("合同类型不存在", { status: 404 });
  const file = await contractFileForCase(caseId, kind);
  if (!file) return new Response("该办件尚无贷款", { status: 404 });
  return fileResponse(file, "inline");
}
