/**
 * The demo sign-ins the seed creates, listed in the README and used by the end-to-end tests.
 * Every demo account shares one password; a real deployment creates its own staff (admin pages).
 */
export const DEMO_PASSWORD = "Hpf@2026demo";

export type DemoRole = "CITIZEN" | "EMPLOYER_AGENT" | "TELLER" | "REVIEWER" | "RISK_OFFICER" | "ADMIN";

export type DemoAccount = {
  loginName: string;
  displayName: string;
  roles: DemoRole[];
  /** Staff in TELLER role sign in to a window for the day. */
  windowNo?: number;
  /** REVIEWER delegated approval limit in yuan. */
  approvalLimit?: string;
  /** TELLER delegated withdrawal approval limit in yuan (none: may take and pay, not approve). */
  withdrawalLimit?: string;
  /** CITIZEN: the bank card in their own name the local bank simulator knows (withdrawal payouts). */
  payoutCard?: string;
  note: string;
};

/** Citizens sign in with their resident ID number; these depositors exist in the seed. */
export const DEMO_CITIZENS: DemoAccount[] = [
  {
    loginName: "320102198805120034",
    displayName: "张伟",
    roles: ["CITIZEN"],
    note: "缴存职工，贷款逾期2期（清收台账、逾期通知、在线还款演示）",
    payoutCard: "6222020000000000003",
  },
  { loginName: "320104199203150022", displayName: "李娜", roles: ["CITIZEN"], note: "缴存职工，无贷款", payoutCard: "6222020000000000001" },
  // Reserved for the end-to-end lockout test: it gets locked on every test run.
  { loginName: "320106199511080014", displayName: "王磊", roles: ["CITIZEN"], note: "端到端测试锁定用", payoutCard: "6216610000000000002" },
];

export const DEMO_STAFF: DemoAccount[] = [
  { loginName: "admin", displayName: "系统管理员", roles: ["ADMIN"], note: "管理员" },
  {
    loginName: "teller01",
    displayName: "陈静",
    roles: ["TELLER"],
    windowNo: 1,
    withdrawalLimit: "50000.00",
    note: "综合柜员（1号窗口），提取审批权限5万元",
  },
  {
    loginName: "teller02",
    displayName: "刘洋",
    roles: ["TELLER"],
    windowNo: 2,
    withdrawalLimit: "50000.00",
    note: "综合柜员（2号窗口），提取审批权限5万元",
  },
  { loginName: "reviewer01", displayName: "赵敏", roles: ["REVIEWER"], approvalLimit: "600000.00", note: "审核员，审批权限60万元" },
  { loginName: "reviewer02", displayName: "孙强", roles: ["REVIEWER"], approvalLimit: "1200000.00", note: "审核员，审批权限120万元" },
  { loginName: "risk01", displayName: "周涛", roles: ["RISK_OFFICER"], note: "风控专员" },
  {
    loginName: "supervisor",
    displayName: "吴芳",
    roles: ["REVIEWER", "RISK_OFFICER"],
    approvalLimit: "2000000.00",
    note: "业务科长，兼审核与风控",
  },
  { loginName: "agent01", displayName: "郑丽", roles: ["EMPLOYER_AGENT"], note: "单位经办人（第一家演示单位）" },
];
