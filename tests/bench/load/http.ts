// fetch for the benchmark's few setup requests: no redirects followed, and a dead server becomes
// one readable message instead of "fetch failed" with a cause buried in it.

export class ServerUnreachable extends Error {}

export async function httpRequest(baseUrl: string, path: string, init: RequestInit = {}): Promise<Response> {
  const url = new URL(path, baseUrl).href;
  try {
    return await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(60_000), ...init });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new ServerUnreachable(`no server answers at ${baseUrl} (${why} on ${path})`);
  }
}

export function httpGet(baseUrl: string, path: string, cookie?: string): Promise<Response> {
  return httpRequest(baseUrl, path, cookie ? { headers: { cookie } } : {});
}

/** GET that must answer 200; returns the body. */
export async function fetchPage(baseUrl: string, path: string, cookie?: string): Promise<string> {
  const response = await httpGet(baseUrl, path, cookie);
  const body = await response.text();
  if (response.status !== 200) {
    const where = response.headers.get("location");
    throw new Error(`GET ${path} answered ${response.status}${where ? ` → ${where}` : ""}, expected 200`);
  }
  return body;
}
