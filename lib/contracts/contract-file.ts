import "server-only";
import { createHash } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { getContractData } from "@/lib/contracts/queries";
import { renderContractPdf } from "@/lib/contracts/render-contract";
import { chineseFontBytes } from "@/lib/contracts/font";
import type { ContractKindParam } from "@/lib/contracts/contract-data";
import { todayInShanghai } from "@/lib/dates/calendar";

/**
 * A contract is rendered once, when its signing is recorded: the bytes and their SHA-256 are stored
 * on the LoanContract, and every later download (window or portal) returns those very bytes — a
 * repricing, a new policy or another day never changes a signed contract. Before signing the window
 * prints a provisional copy rendered from the case as it stands.
 */
export type ContractFile = { bytes: Uint8Array; fileName: string; sha256: string | null };

const KIND_OF: Record<ContractKindParam, "LOAN" | "MORTGAGE"> = { loan: "LOAN", mortgage: "MORTGAGE" };

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Inside the signing transaction, after the LoanContract rows exist (so the PDF carries their
 * numbers): renders the contract as signed (dated the signing day) and stores bytes and hash.
 */
export async function storeSignedContract(tx: Tx, opts: { caseId: string; contractId: string; kind: ContractKindParam; now: Date }) {
  const data = await getContractData(opts.caseId, opts.kind, opts.now, tx);
  if (!data) throw new Error(`storeSignedContract: case ${opts.caseId} has no loan`);
  const bytes = await renderContractPdf(data, await chineseFontBytes());
  const sha256 = sha256Hex(bytes);
  await tx.loanContract.update({ where: { id: opts.contractId }, data: { pdf: new Uint8Array(bytes), sha256 } });
  return { sha256 };
}

/** Staff (window, review): the stored file once signed, else a provisional copy; null without a loan. */
export async function contractFileForCase(caseId: string, kind: ContractKindParam): Promise<ContractFile | null> {
  const stored = await db.loanContract.findFirst({
    where: { kind: KIND_OF[kind], loan: { matter: { caseId } } },
    select: { contractNo: true, pdf: true, sha256: true },
  });
  if (stored?.pdf) return { bytes: stored.pdf, fileName: `${stored.contractNo}.pdf`, sha256: stored.sha256 };
  const data = await getContractData(caseId, kind);
  if (!data) return null;
  // A contract signed before contracts were stored (demo data) is rendered as it stands.
  return { bytes: await renderContractPdf(data, await chineseFontBytes()), fileName: `${data.contractNo}.pdf`, sha256: null };
}

/**
 * The borrower or co-borrower: a signed contract of their own loan, else null (another citizen's
 * loan number is simply not found).
 */
export async function contractFileForCitizen(opts: {
  loanNo: string;
  depositorId: string;
  kind: ContractKindParam;
}): Promise<ContractFile | null> {
  const contract = await db.loanContract.findFirst({
    where: {
      kind: KIND_OF[opts.kind],
      loan: { loanNo: opts.loanNo, OR: [{ borrowerId: opts.depositorId }, { coBorrowerId: opts.depositorId }] },
    },
    select: { contractNo: true, pdf: true, sha256: true, loan: { select: { matter: { select: { caseId: true } } } } },
  });
  if (!contract) return null;
  if (contract.pdf) return { bytes: contract.pdf, fileName: `${contract.contractNo}.pdf`, sha256: contract.sha256 };
  const caseId = contract.loan.matter?.caseId;
  const data = caseId ? await getContractData(caseId, opts.kind) : null;
  if (!data) return null;
  return { bytes: await renderContractPdf(data, await chineseFontBytes()), fileName: `${contract.contractNo}.pdf`, sha256: null };
}

export type SignedContractDto = { kind: ContractKindParam; label: string; contractNo: string; signedOn: string; sha256: string | null };

const LABELS: Record<ContractKindParam, string> = { loan: "借款合同", mortgage: "抵押合同" };

/** The signed contracts of a loan the citizen holds (ownership in the query), with their hashes. */
export async function listSignedContracts(loanNo: string, depositorId: string): Promise<SignedContractDto[]> {
  const rows = await db.loanContract.findMany({
    where: { loan: { loanNo, OR: [{ borrowerId: depositorId }, { coBorrowerId: depositorId }] } },
    select: { kind: true, contractNo: true, signedAt: true, sha256: true },
    orderBy: { kind: "asc" },
  });
  return rows.map((r) => {
    const kind: ContractKindParam = r.kind === "LOAN" ? "loan" : "mortgage";
    return { kind, label: LABELS[kind], contractNo: r.contractNo, signedOn: todayInShanghai(r.signedAt), sha256: r.sha256 };
  });
}
