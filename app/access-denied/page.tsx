import { forbidden } from "next/navigation";
import { connection } from "next/server";

/**
 * proxy.ts rewrites a wrong-role request here: a rewrite cannot carry its own status, but
 * forbidden() answers HTTP 403 with app/forbidden.tsx.
 */
export default async function AccessDenied(): Promise<never> {
  await connection(); // render per request, never at build time
  forbidden();
}
