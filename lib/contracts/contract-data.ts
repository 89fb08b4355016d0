/** Everything a printed contract shows: built by lib/contracts/queries.ts from the case. */
export type ContractKindParam = "loan" | "mortgage";

export type ContractData = {
  kind: ContractKindParam;
  /** The recorded number once signed; before that a provisional one (loan number + kind) for file names. */
  contractNo: string;
  /** True once signing is recorded. */
  signed: boolean;
  caseNo: string;
  loanNo: string;
  centerName: string;
  borrower: { name: string; idNumber: string; phone: string };
  coBorrower: { name: string; idNumber: string } | null;
  property: { unitNo: string; certNo: string; address: string; area: string; owners: string };
  principal: string; // "500000.00"
  annualRatePercent: string; // "2.600"
  termMonths: number;
  methodLabel: string;
  payeeName: string;
  payeeAccount: string;
  /** YYYY-MM-DD */
  printedOn: string;
};
