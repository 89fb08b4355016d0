/**
 * The security headers of every response (set by proxy.ts). The Content-Security-Policy is strict:
 * scripts only with this request's nonce ('strict-dynamic' lets Next's own chunks load), nothing
 * framed by anyone (frame-ancestors 'none'), no plugins, forms only to this site. Styles allow
 * inline attributes (Tailwind classes plus a few style={{ width }} bars); script is what matters.
 */
export function contentSecurityPolicy(opts: { nonce: string; dev: boolean; https: boolean }): string {
  return [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${opts.nonce}' 'strict-dynamic'${opts.dev ? ` 'unsafe-eval'` : ""}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' blob: data:`,
    `font-src 'self' data:`,
    `connect-src 'self'${opts.dev ? " ws: wss:" : ""}`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export function securityHeaders(opts: { nonce: string; dev: boolean; https: boolean }): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(opts),
    "Referrer-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Only over TLS (npm start behind an https terminator): HSTS on plain http is ignored anyway.
    ...(opts.https && !opts.dev ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** A fresh unguessable nonce per request (128 bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** False when a path segment is not valid percent-encoding (e.g. a lone "%"): answer 400. */
export function pathDecodes(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/** A route param decoded once more without throwing: null when it is not valid percent-encoding. */
export function decodeParam(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}
