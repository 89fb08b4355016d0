import { getCurrentUser } from "@/lib/auth/current-user";
import { remittanceTemplateCsv } from "@/lib/remittances/template";

/** The agent's own employer's remittance CSV, prefilled with each employee's current base and rates. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return new Response("未登录", { status: 401 });
  if (!user.roles.includes("EMPLOYER_AGENT") || !user.employerId) return new Response("无权访问", { status: 403 });
  const csv = await remittanceTemplateCsv(user.employerId);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="remittance-template.csv"; filename*=UTF-8''${encodeURIComponent("汇缴模板.csv")}`,
      "cache-control": "no-store",
    },
  });
}
