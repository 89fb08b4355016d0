import type { LoanMatterDto } from "@/lib/cases/case-detail-queries";
import { Facts } from "@/components/ui/facts";

/** The loan as accepted: every value entered once, shown on every later screen. */
export function LoanSummary({ matter }: { matter: LoanMatterDto }) {
  const loan = matter.loan;
  if (!loan) return <p className="text-sm text-slate-500">尚无贷款信息</p>;
  return (
    <Facts
      items={[
        { label: "贷款编号", value: loan.loanNo },
        { label: "贷款金额", value: loan.principalDisplay },
        { label: "年利率", value: loan.annualRate },
        { label: "期限", value: `${loan.termMonths} 个月` },
        { label: "还款方式", value: loan.methodLabel },
        { label: "住房套数", value: loan.isFirstHome ? "首套" : "二套" },
        { label: "共同申请人", value: loan.coBorrower ? `${loan.coBorrower.name}（${loan.coBorrower.idNumber}）` : "无" },
        { label: "房产坐落", value: loan.address },
        { label: "不动产单元号", value: loan.unitNo },
        { label: "登记价格", value: loan.purchasePrice },
        { label: "收款人 / 账号", value: `${loan.payeeName ?? "—"} / ${loan.payeeAccount ?? "—"}` },
        { label: "贷款政策版本", value: loan.policyVersion ? `第 ${loan.policyVersion} 版` : "—" },
        { label: "不动产登记证明号", value: loan.registrationNo ?? "尚未登记" },
      ]}
    />
  );
}
