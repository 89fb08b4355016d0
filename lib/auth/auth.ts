import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { User } from "next-auth";
import { authConfig } from "@/lib/auth/config";
import { ZCredentials } from "@/lib/auth/schemas";
import { verifyCitizenLogin, verifyStaffLogin, type LoginFailureCode } from "@/lib/auth/verify-credentials";

/** Carries the failure code from authorize() to the login action (error.code). */
export class LoginRefused extends CredentialsSignin {
  constructor(code: LoginFailureCode) {
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
      async authorize(raw) {
        const parsed = ZCredentials.safeParse(raw);
        if (!parsed.success) throw new LoginRefused("INVALID");
        const input = parsed.data;
        const result =
          input.kind === "citizen"
            ? await verifyCitizenLogin({ idNumber: input.idNumber, password: input.password })
            : await verifyStaffLogin({ loginName: input.loginName, password: input.password, windowNo: input.windowNo });
        if (!result.ok) throw new LoginRefused(result.code);
        return { ...result.user, name: result.user.displayName } as User;
      },
    }),
  ],
});
