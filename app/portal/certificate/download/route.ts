import { getCurrentUser } from "@/lib/auth/current-user";
import { isDomainError } from "@/lib/errors";
import { issueCertificate } from "@/lib/accounts/issue-certificate";
import { renderCertificatePdf } from "@/lib/accounts/certificate-pdf";
import { chineseFontBytes } from "@/lib/contracts/font";
import { CENTER_NAME } from "@/components/layout/center";

/** Issues a 缴存证明 for the signed-in citizen's own account and returns it as a PDF. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("未登录", { status: 401 });
  if (!user.roles.includes("CITIZEN") || !user.depositorId) return new Response("无权访问", { status: 403 });
  try {
    const { code, snapshot } = await issueCertificate({ depositorId: user.depositorId, actorId: user.id });
    const verifyUrl = new URL(`/verify?code=${code}`, request.url).toString();
    const pdf = await renderCertificatePdf({ snapshot, code, centerName: CENTER_NAME, verifyUrl, fontBytes: await chineseFontBytes() });
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="certificate-${code}.pdf"; filename*=UTF-8''${encodeURIComponent(`缴存证明-${code}.pdf`)}`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (isDomainError(error) && error.code === "NO_ACCOUNT") return new Response("未找到您的公积金账户", { status: 404 });
    throw error;
  }
}
