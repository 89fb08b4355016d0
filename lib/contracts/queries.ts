import "server-only";
import { db, type Db } from "@/lib/db";
import { formatYuan, money } from "@/lib/money";
import { todayInShanghai } from "@/lib/dates/calendar";
import { REPAYMENT_METHOD_LABELS } from "@/lib/loans/labels";
import type { ContractData, ContractKindParam } from "@/lib/contracts/contract-data";

/**
 * The data of a case's loan or mortgage contract, or null when the case has no loan yet. Before
 * signing is recorded the contract carries a provisional number derived from the loan number.
 */
export async function getContractData(
  caseId: string,
  kind: ContractKindParam,
  now: Date = new Date(),
  reader: Pick<Db, "caseMatter" | "fundCenter"> = db,
): Promise<ContractData | null> {
  const matter = await reader.caseMatter.findFirst({
    where: { caseId, kind: "LOAN", loanId: { not: null } },
    select: {
      case: { select: { caseNo: true } },
      loan: {
        select: {
          loanNo: true,
          principal: true,
          annualRatePercent: true,
          termMonths: true,
          method: true,
          payeeName: true,
          payeeAccount: true,
          unitId: true,
          borrower: { select: { name: true, idNumber: true, phone: true, employer: { select: { center: { select: { name: true } } } } } },
          coBorrower: { select: { name: true, idNumber: true } },
          unit: {
            select: {
              unitNo: true,
              address: true,
              buildingArea: true,
              certificates: {
                where: { status: "VALID" },
                take: 1,
                select: { certNo: true, owners: { select: { name: true, sharePercent: true } } },
              },
            },
          },
          contracts: { select: { kind: true, contractNo: true } },
        },
      },
    },
  });
  const loan = matter?.loan;
  if (!matter || !loan) return null;
  const center =
    loan.borrower.employer?.center.name ?? (await reader.fundCenter.findFirst({ select: { name: true } }))?.name ?? "住房公积金管理中心";
  const recorded = loan.contracts.find((c) => c.kind === (kind === "loan" ? "LOAN" : "MORTGAGE"));
  const cert = loan.unit.certificates[0];
  return {
    kind,
    contractNo: recorded?.contractNo ?? `${loan.loanNo}-${kind === "loan" ? "JK" : "DY"}`,
    signed: !!recorded,
    caseNo: matter.case.caseNo,
    loanNo: loan.loanNo,
    centerName: center,
    borrower: loan.borrower,
    coBorrower: loan.coBorrower,
    property: {
      unitNo: loan.unit.unitNo,
      certNo: cert?.certNo ?? "—",
      address: loan.unit.address,
      area: money(loan.unit.buildingArea).toFixed(2),
      owners: cert ? cert.owners.map((o) => `${o.name}（${money(o.sharePercent).toFixed(0)}%）`).join("、") : "—",
    },
    principal: formatYuan(loan.principal),
    annualRatePercent: money(loan.annualRatePercent).toFixed(3),
    termMonths: loan.termMonths,
    methodLabel: REPAYMENT_METHOD_LABELS[loan.method],
    payeeName: loan.payeeName ?? "—",
    payeeAccount: loan.payeeAccount ?? "—",
    printedOn: todayInShanghai(now),
  };
}
