"use server";

import { redirect } from "next/navigation";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { homeAfterLogin } from "@/lib/auth/home-after-login";
import { isLoginFailureCode, LOGIN_MESSAGES } from "@/lib/auth/login-messages";
import { ZCitizenLogin, ZStaffLogin } from "@/lib/auth/schemas";
import { formValues, fromZodError, type FormState } from "@/lib/action-state";

// Public actions: signing in is what they are for, so no requireRole here. Each validates with
// zod, then lets Auth.js's Credentials provider (lib/auth/auth.ts) run the use case.

function callbackUrlOf(formData: FormData): string | undefined {
  const value = formData.get("callbackUrl");
  return typeof value === "string" && value ? value : undefined;
}

/** Runs signIn; returns the failure as FormState, or null on success. */
async function trySignIn(credentials: Record<string, string>, values: Record<string, string>): Promise<FormState | null> {
  try {
    await signIn("credentials", { ...credentials, redirect: false, redirectTo: "/" });
    return null;
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const code = error instanceof CredentialsSignin && isLoginFailureCode(error.code) ? error.code : null;
    if (!code) return { formError: "登录失败，请稍后再试", values };
    const { message, field } = LOGIN_MESSAGES[code];
    return field ? { fieldErrors: { [field]: [message] }, values } : { formError: message, values };
  }
}

// Not formAction: signing in is what comes before any role (zod first, then Auth.js's credentials check).
export async function citizenLogin(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["password"]);
  const parsed = ZCitizenLogin.safeParse({ idNumber: formData.get("idNumber"), password: formData.get("password") });
  if (!parsed.success) return fromZodError(parsed.error, values);

  const failure = await trySignIn({ kind: "citizen", idNumber: parsed.data.idNumber, password: parsed.data.password }, values);
  if (failure) return failure;
  redirect(await homeAfterLogin(parsed.data.idNumber, callbackUrlOf(formData)));
}

export async function staffLogin(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["password"]);
  const parsed = ZStaffLogin.safeParse({
    loginName: formData.get("loginName"),
    password: formData.get("password"),
    windowNo: formData.get("windowNo"),
  });
  if (!parsed.success) return fromZodError(parsed.error, values);

  const { loginName, password, windowNo } = parsed.data;
  const failure = await trySignIn({ kind: "staff", loginName, password, windowNo: windowNo ? String(windowNo) : "" }, values);
  if (failure) return failure;
  redirect(await homeAfterLogin(loginName, callbackUrlOf(formData)));
}
