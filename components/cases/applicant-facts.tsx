import type { ApplicantFactsDto } from "@/lib/cases/case-detail-queries";
import { Facts } from "@/components/ui/facts";

/** The applicant as the fund knows them: filled in from the ID number, never typed. */
export function ApplicantFacts({ facts }: { facts: ApplicantFactsDto }) {
  return (
    <Facts
      items={[
        { label: "姓名", value: facts.name },
        { label: "身份证号", value: facts.idNumber },
        { label: "性别 / 年龄", value: `${facts.genderLabel} / ${facts.age}岁` },
        { label: "联系电话", value: facts.phone },
        { label: "婚姻状况", value: facts.maritalLabel },
        { label: "配偶", value: facts.spouse ? `${facts.spouse.name}（${facts.spouse.idNumber}）` : "—" },
        { label: "公积金账号", value: facts.accountNo ?? "无账户" },
        { label: "账户状态", value: facts.accountStatusLabel ?? "—" },
        { label: "账户余额", value: facts.balance ?? "—" },
        { label: "缴存月数（连续）", value: `${facts.monthsContributed} 个月（连续 ${facts.continuousMonths} 个月）` },
        { label: "缴存单位", value: facts.employerName ?? "—" },
        { label: "月收入", value: facts.monthlyIncome },
        { label: "未结清公积金贷款", value: facts.outstandingLoans.length ? facts.outstandingLoans.join("；") : "无" },
      ]}
    />
  );
}
