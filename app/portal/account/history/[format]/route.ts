import { getCurrentUser } from "@/lib/auth/current-user";
import { fileResponse } from "@/lib/documents/file-response";
import { contributionStatementFor } from "@/lib/exports/history-queries";
import { isStatementFormat, statementFile } from "@/lib/exports/statement-file";
import { CENTER_NAME } from "@/components/layout/center";

// GET /portal/account/history/csv|pdf → the signed-in citizen's own contribution history.
export async function GET(_req: Request, ctx: { params: Promise<{ format: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("请先登录", { status: 401 });
  if (!user.roles.includes("CITIZEN") || !user.depositorId) return new Response("无权访问", { status: 403 });
  const { format } = await ctx.params;
  if (!isStatementFormat(format)) return new Response("未找到", { status: 404 });
  const statement = await contributionStatementFor({ depositorId: user.depositorId });
  if (!statement) return new Response("未找到您的公积金账户", { status: 404 });
  return fileResponse(await statementFile(statement, format, CENTER_NAME), "attachment");
}
