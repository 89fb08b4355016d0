import "server-only";
import type { TCredentials } from "@/lib/auth/schemas";
import { verifyCitizenLogin, verifyStaffLogin, type LoginFailureCode, type LoginResult } from "@/lib/auth/verify-credentials";
import { countHit, isLimited } from "@/lib/security/rate-limit";
import { SIGN_IN_FAILURES_PER_ACCOUNT, SIGN_IN_FAILURES_PER_IP } from "@/lib/security/rate-limits";

/** A sign-in refusal: the verification's codes plus RATE_LIMITED (too many failures from the IP or on the account name). */
export type SignInFailureCode = LoginFailureCode | "RATE_LIMITED";

export type SignInResult = Extract<LoginResult, { ok: true }> | { ok: false; code: SignInFailureCode };

/**
 * One sign-in attempt from `ip`, rate limited before the password is even compared: after 30
 * failures from one IP in 10 minutes, or 10 on one account name in 15 minutes (whether the account
 * exists or not), every attempt is RATE_LIMITED until the window passes. Only failures count.
 */
export async function attemptSignIn(input: TCredentials, ip: string, now: Date = new Date()): Promise<SignInResult> {
  const account = input.kind === "citizen" ? `citizen:${input.idNumber}` : `staff:${input.loginName.trim().toLowerCase()}`;
  const [ipLimited, accountLimited] = await Promise.all([
    isLimited(SIGN_IN_FAILURES_PER_IP, ip, now),
    isLimited(SIGN_IN_FAILURES_PER_ACCOUNT, account, now),
  ]);
  if (ipLimited || accountLimited) return { ok: false, code: "RATE_LIMITED" };
  const result =
    input.kind === "citizen"
      ? await verifyCitizenLogin({ idNumber: input.idNumber, password: input.password }, now)
      : await verifyStaffLogin({ loginName: input.loginName, password: input.password, windowNo: input.windowNo }, now);
  if (!result.ok) {
    await Promise.all([countHit(SIGN_IN_FAILURES_PER_IP, ip, now), countHit(SIGN_IN_FAILURES_PER_ACCOUNT, account, now)]);
  }
  return result;
}

/** Counts a request that could not even be parsed against its IP. */
export async function countMalformedSignIn(ip: string, now: Date = new Date()): Promise<boolean> {
  await countHit(SIGN_IN_FAILURES_PER_IP, ip, now);
  return isLimited(SIGN_IN_FAILURES_PER_IP, ip, now);
}
