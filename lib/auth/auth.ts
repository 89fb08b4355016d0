import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { User } from "next-auth";
import { authConfig } from "@/lib/auth/config";
import { ZCredentials } from "@/lib/auth/schemas";
import { attemptSignIn, countMalformedSignIn, type SignInFailureCode } from "@/lib/auth/attempt-sign-in";
import { clientIp } from "@/lib/security/client-ip";

/** Carries the failure code from authorize() to the login action (error.code). */
export class LoginRefused extends CredentialsSignin {
  constructor(code: SignInFailureCode) {
    super(code);
    this.code = code;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { kind: {}, idNumber: {}, loginName: {}, password: {}, windowNo: {} },
      // Also reachable as POST /api/auth/callback/credentials, so it validates its input itself.
      // Rate limited per IP and per account name (lib/auth/attempt-sign-in.ts).
      async authorize(raw, request) {
        const ip = clientIp(request.headers);
        const parsed = ZCredentials.safeParse(raw);
        if (!parsed.success) throw new LoginRefused((await countMalformedSignIn(ip)) ? "RATE_LIMITED" : "INVALID");
        const result = await attemptSignIn(parsed.data, ip);
        if (!result.ok) throw new LoginRefused(result.code);
        return { ...result.user, name: result.user.displayName } as User;
      },
    }),
  ],
});
