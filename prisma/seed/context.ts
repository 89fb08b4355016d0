import type { Prisma } from "../../lib/generated/prisma/client";
import { Rng } from "./random";

/** Every row the seed writes, built in memory first and inserted in foreign-key order. */
export type SeedRows = {
  centers: Prisma.FundCenterCreateManyInput[];
  windows: Prisma.ServiceWindowCreateManyInput[];
  employers: Prisma.EmployerCreateManyInput[];
  employerRates: Prisma.EmployerRateCreateManyInput[];
  depositors: Prisma.DepositorCreateManyInput[];
  /** Spouse links are written after all depositors exist (the relation points both ways). */
  spouseLinks: { id: string; spouseId: string }[];
  users: Prisma.UserCreateManyInput[];
  accounts: Prisma.DepositAccountCreateManyInput[];
  contributions: Prisma.ContributionCreateManyInput[];
  ledgerEntries: Prisma.LedgerEntryCreateManyInput[];
  units: Prisma.PropertyUnitCreateManyInput[];
  certificates: Prisma.RealEstateCertificateCreateManyInput[];
  owners: Prisma.PropertyOwnerCreateManyInput[];
  loanPolicies: Prisma.LoanPolicyCreateManyInput[];
  loans: Prisma.LoanCreateManyInput[];
  installments: Prisma.LoanInstallmentCreateManyInput[];
  mortgages: Prisma.MortgageCreateManyInput[];
  cases: Prisma.CaseCreateManyInput[];
  matters: Prisma.CaseMatterCreateManyInput[];
  transitions: Prisma.CaseTransitionCreateManyInput[];
  contracts: Prisma.LoanContractCreateManyInput[];
  disbursements: Prisma.DisbursementCreateManyInput[];
  audits: Prisma.AuditEntryCreateManyInput[];
  simulatedBankAccounts: Prisma.SimulatedBankAccountCreateManyInput[];
  deductionAuthorizations: Prisma.DeductionAuthorizationCreateManyInput[];
  /** Not rows: the business dates the daily batch runs for after the rows are written. */
  batchDates: string[];
};

export function emptyRows(): SeedRows {
  return {
    centers: [],
    windows: [],
    employers: [],
    employerRates: [],
    depositors: [],
    spouseLinks: [],
    users: [],
    accounts: [],
    contributions: [],
    ledgerEntries: [],
    units: [],
    certificates: [],
    owners: [],
    loanPolicies: [],
    loans: [],
    installments: [],
    mortgages: [],
    cases: [],
    matters: [],
    transitions: [],
    contracts: [],
    disbursements: [],
    audits: [],
    simulatedBankAccounts: [],
    deductionAuthorizations: [],
    batchDates: [],
  };
}

/** The one fixed seed: together with the as-of date it decides every row. */
export const SEED = 20_260_101;

export type SeedContext = {
  asOf: string;
  rows: SeedRows;
  rng(label: string): Rng;
};

export function createContext(asOf: string): SeedContext {
  return { asOf, rows: emptyRows(), rng: (label) => Rng.fork(SEED, label) };
}
