import { getCurrentUser } from "@/lib/auth/current-user";
import { contractFileForCitizen } from "@/lib/contracts/contract-file";
import { fileResponse } from "@/lib/documents/file-response";
import { decodeParam } from "@/lib/security/headers";

// GET /portal/loans/:loanNo/contracts/loan|mortgage → the signed contract, byte for byte as stored
// at signing. Ownership is part of the query: another citizen's loan is simply not found.
export async function GET(_req: Request, ctx: { params: Promise<{ loanNo: string; kind: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("请先登录", { status: 401 });
  if (!user.roles.includes("CITIZEN") || !user.depositorId) return new Response("无权访问", { status: 403 });
  const { loanNo: raw, kind } = await ctx.params;
  const loanNo = decodeParam(raw);
  if (loanNo === null || (kind !== "loan" && kind !== "mortgage")) return new Response("未找到", { status: 404 });
  const file = await contractFileForCitizen({ loanNo, depositorId: user.depositorId, kind });
  if (!file) return new Response("未找到已签订的合同", { status: 404 });
  return fileResponse(file, "attachment");
}
