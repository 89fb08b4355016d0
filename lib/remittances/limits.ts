/** The largest remittance file accepted (a 10,000-row file is about 600 KB). Shared with the browser. */
export const MAX_CSV_BYTES = 10 * 1024 * 1024;
