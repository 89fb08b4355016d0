/**
 * Deed-tax invoice check (pure): the invoice the applicant names, as the tax authority knows it.
 * Not found, issued to someone else, or for another unit: the withdrawal is held for a risk
 * officer (INVOICE_NOT_FOUND), since a genuine invoice may still be late at the authority.
 */

/** An issued deed-tax invoice (契税完税凭证) as the tax authority's port returns it. */
export type IssuedInvoice = {
  invoiceNo: string;
  buyerIdNumber: string;
  buyerName: string;
  unitNo: string | null;
  taxAmount: string;
  issuedOn: string;
  authority: string;
};

export type InvoiceQuery = { invoiceNo: string; buyerIdNumbers: string[]; unitNo: string | null };

export type InvoiceProblem = "NOT_FOUND" | "OTHER_BUYER" | "OTHER_UNIT";

export const INVOICE_PROBLEM_MESSAGES: Record<InvoiceProblem, string> = {
  NOT_FOUND: "税务机关未查到该契税完税凭证",
  OTHER_BUYER: "契税完税凭证的纳税人不是申请人",
  OTHER_UNIT: "契税完税凭证对应的不动产与所购住房不符",
};

/** Invoice numbers compared without spaces, upper case. */
export function normalizeInvoiceNo(value: string): string {
  return value.replace(/\s+/g, "").toUpperCase();
}

export function checkDeedTaxInvoice(
  query: InvoiceQuery,
  invoice: IssuedInvoice | null,
): { ok: true } | { ok: false; problem: InvoiceProblem } {
  if (!invoice) return { ok: false, problem: "NOT_FOUND" };
  if (!query.buyerIdNumbers.includes(invoice.buyerIdNumber)) return { ok: false, problem: "OTHER_BUYER" };
  if (query.unitNo && invoice.unitNo && invoice.unitNo !== query.unitNo) return { ok: false, problem: "OTHER_UNIT" };
  return { ok: true };
}
