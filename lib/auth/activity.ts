/**
 * Which requests count as a person's activity for the 30-minute idle timeout. Not counted:
 * prefetches (Next's <Link> prefetch, browser speculation) and automatic refreshes of a page that
 * refreshes itself (components/ui/auto-refresh.tsx sets the PASSIVE_COOKIE just before its
 * refresh; proxy.ts clears it on the answer). A client can only make its own session shorter with
 * that cookie, never longer.
 */
export const PASSIVE_COOKIE = "hpf-passive";

export function isPassiveRequest(headers: Headers, cookies: { has(name: string): boolean }): boolean {
  if (headers.get("next-router-prefetch")) return true;
  const purpose = `${headers.get("purpose") ?? ""} ${headers.get("sec-purpose") ?? ""}`;
  if (/prefetch|prerender/i.test(purpose)) return true;
  return cookies.has(PASSIVE_COOKIE);
}
