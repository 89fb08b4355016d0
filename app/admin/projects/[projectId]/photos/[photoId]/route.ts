import { getCurrentUser } from "@/lib/auth/current-user";
import { getInspectionPhoto } from "@/lib/projects/queries";

/** An inspection photo, inline, for project officers and admins only; its MIME came from its bytes. */
export async function GET(_request: Request, { params }: { params: Promise<{ projectId: string; photoId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("未登录", { status: 401 });
  if (!user.roles.some((r) => r === "PROJECT_OFFICER" || r === "ADMIN")) return new Response("无权访问", { status: 403 });
  const { projectId, photoId } = await params;
  const photo = await getInspectionPhoto(projectId, photoId);
  if (!photo) return new Response("未找到", { status: 404 });
  return new Response(new Uint8Array(photo.bytes), {
    headers: {
      "content-type": photo.mime,
      "content-disposition": `inline; filename*=UTF-8''${encodeURIComponent(photo.filename)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
}
