// The seed builds its employers' codes with the app's own implementation (lib/identity/credit-code.ts).
export { buildCreditCode, creditCodeCheckChar, isValidCreditCode, orgCodeCheckChar } from "../../lib/identity/credit-code";
