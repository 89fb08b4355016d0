import { getCurrentUser } from "@/lib/auth/current-user";
import { fileResponse } from "@/lib/documents/file-response";
import { repaymentStatementFor } from "@/lib/exports/history-queries";
import { isStatementFormat, statementFile } from "@/lib/exports/statement-file";
import { decodeParam } from "@/lib/security/headers";
import { CENTER_NAME } from "@/components/layout/center";

// GET /portal/loans/:loanNo/history/csv|pdf → the loan's repayment history. A GET that reads only.
export async function GET(_req: Request, ctx: { params: Promise<{ loanNo: string; format: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("请先登录", { status: 401 });
  if (!user.roles.includes("CITIZEN") || !user.depositorId) return new Response("无权访问", { status: 403 });
  const { loanNo: raw, format } = await ctx.params;
  const loanNo = decodeParam(raw);
  if (loanNo === null || !isStatementFormat(format)) return new Response("未找到", { status: 404 });
  const statement = await repaymentStatementFor({ loanNo, depositorId: user.depositorId });
  if (!statement) return new Response("未找到该贷款", { status: 404 });
  return fileResponse(await statementFile(statement, format, CENTER_NAME), "attachment");
}
