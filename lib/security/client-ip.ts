/**
 * The client's IP: the LAST X-Forwarded-For entry, which is the address the nearest reverse proxy
 * (or Next itself, when no proxy sent one) saw. NOTE: without a reverse proxy in front, a client can
 * send its own X-Forwarded-For; deploy behind the TLS terminator that sets it (README, Security).
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .pop();
  return last || headers.get("x-real-ip") || "unknown";
}
