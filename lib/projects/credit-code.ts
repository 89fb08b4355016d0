// The one implementation is lib/identity/credit-code.ts; kept so existing imports stay valid.
export { creditCodeCheckChar, isValidCreditCode } from "@/lib/identity/credit-code";
