import { pingDatabase } from "@/lib/system/queries";

export const dynamic = "force-dynamic";

/** Readiness probe: 200 { ok: true } once the database answers, 503 otherwise. */
export async function GET(): Promise<Response> {
  const ok = await pingDatabase();
  return Response.json({ ok }, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
