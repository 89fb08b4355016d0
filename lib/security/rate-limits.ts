import type { RateLimit } from "@/lib/security/rate-limit";

/** The center's limits on writes anyone can make without signing in. */

/** Sign-in: wrong or refused attempts per IP (spraying many accounts from one place) … */
export const SIGN_IN_FAILURES_PER_IP: RateLimit = { name: "sign-in-ip", max: 30, windowSeconds: 10 * 60 };
/** … and per account name, known or not (an unknown name is limited like a locked account). */
export const SIGN_IN_FAILURES_PER_ACCOUNT: RateLimit = { name: "sign-in-account", max: 10, windowSeconds: 15 * 60 };
/** Queue tickets per kiosk (IP): a hall kiosk issues a few a minute at most. */
export const KIOSK_TICKETS_PER_IP: RateLimit = { name: "kiosk-ticket", max: 30, windowSeconds: 10 * 60 };
/** The public loan calculator (贷款额度试算) per IP: a person tries a few figures, not thousands. */
export const LOAN_CALCULATOR_PER_IP: RateLimit = { name: "loan-calculator", max: 60, windowSeconds: 10 * 60 };
/** 开通网上服务 / 忘记密码: code requests per IP … */
export const ACCESS_CODE_REQUESTS_PER_IP: RateLimit = { name: "access-code-ip", max: 20, windowSeconds: 60 * 60 };
/** … and per ID number, known or not (each request may text the phone on file). */
export const ACCESS_CODE_REQUESTS_PER_ID: RateLimit = { name: "access-code-id", max: 5, windowSeconds: 60 * 60 };
/** Code redemptions per IP (guessing codes across many ID numbers). */
export const ACCESS_CODE_TRIES_PER_IP: RateLimit = { name: "access-code-try-ip", max: 30, windowSeconds: 10 * 60 };
/** Kiosk ratings (好差评 by ticket number) per kiosk (IP): a few visits an hour per kiosk, never a guessing run. */
export const KIOSK_RATINGS_PER_IP: RateLimit = { name: "kiosk-rating", max: 20, windowSeconds: 10 * 60 };
