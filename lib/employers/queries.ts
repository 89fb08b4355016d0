import "server-only";
import { db } from "@/lib/db";
import { displayYuan, money } from "@/lib/money";
import { formatMonth } from "@/lib/dates/business-day";

export type RemittanceMonthDto = {
  month: string;
  headcount: number;
  employerTotal: string;
  personalTotal: string;
  total: string;
};

export type EmployerOverviewDto = {
  name: string;
  creditCode: string;
  employeeCount: number;
  lastRemittedMonth: string | null;
  recentRemittances: RemittanceMonthDto[];
};

/** The agent's own employer: headcount, last remitted month and recent monthly totals. */
export async function getEmployerOverview(employerId: string, months = 6): Promise<EmployerOverviewDto | null> {
  const employer = await db.employer.findUnique({ where: { id: employerId }, select: { name: true, creditCode: true } });
  if (!employer) return null;
  const [employeeCount, groups] = await Promise.all([
    db.depositAccount.count({ where: { employerId, status: "NORMAL" } }),
    db.contribution.groupBy({
      by: ["month"],
      where: { employerId },
      _sum: { employerAmount: true, personalAmount: true },
      _count: { _all: true },
      orderBy: { month: "desc" },
      take: months,
    }),
  ]);
  return {
    name: employer.name,
    creditCode: employer.creditCode,
    employeeCount,
    lastRemittedMonth: groups[0] ? formatMonth(groups[0].month) : null,
    recentRemittances: groups.map((g) => {
      const employerTotal = money(g._sum.employerAmount ?? 0);
      const personalTotal = money(g._sum.personalAmount ?? 0);
      return {
        month: formatMonth(g.month),
        headcount: g._count._all,
        employerTotal: displayYuan(employerTotal),
        personalTotal: displayYuan(personalTotal),
        total: displayYuan(employerTotal.plus(personalTotal)),
      };
    }),
  };
}
