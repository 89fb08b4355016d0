import type { Db } from "@/lib/db";
import { fromDateColumn } from "@/lib/dates/calendar";
import { normalizeInvoiceNo, type IssuedInvoice } from "@/lib/fraud/invoice-check";

/**
 * The tax authority, as the fund center sees it: look up an issued deed-tax invoice by number.
 * A real deployment plugs in the authority's web service here; the default adapter reads the local
 * TaxInvoice table (filled by the seed, or by a nightly feed from the authority).
 */
export interface TaxAuthorityPort {
  findDeedTaxInvoice(invoiceNo: string): Promise<IssuedInvoice | null>;
}

/** The default adapter over the local TaxInvoice table (pass the transaction to read in it). */
export function localTaxAuthority(reader: Pick<Db, "taxInvoice">): TaxAuthorityPort {
  return {
    async findDeedTaxInvoice(invoiceNo) {
      const row = await reader.taxInvoice.findUnique({ where: { invoiceNo: normalizeInvoiceNo(invoiceNo) } });
      if (!row) return null;
      return {
        invoiceNo: row.invoiceNo,
        buyerIdNumber: row.buyerIdNumber,
        buyerName: row.buyerName,
        unitNo: row.unitNo,
        taxAmount: row.taxAmount.toFixed(2),
        issuedOn: fromDateColumn(row.issuedOn),
        authority: row.authority,
      };
    },
  };
}
