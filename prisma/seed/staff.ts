import bcrypt from "bcryptjs";
import { stamp } from "./clock";
import type { SeedContext } from "./context";
import { DEMO_CITIZENS, DEMO_PASSWORD, DEMO_STAFF, type DemoAccount } from "./demo-accounts";
import type { Fund } from "./fund";
import { IdSequence } from "./ids";
import type { Org } from "./org";
import type { Rng } from "./random";

/** Tellers beyond the two demo ones, so every window has its own teller (same demo password). */
export const EXTRA_TELLERS: DemoAccount[] = [
  ["teller03", "王芳"],
  ["teller04", "李军"],
  ["teller05", "张秀英"],
  ["teller06", "杨帆"],
  ["teller07", "黄志强"],
  ["teller08", "周婷"],
  ["teller09", "徐鹏"],
  ["teller10", "马丽"],
].map(([loginName, displayName], i): DemoAccount => ({
  loginName: loginName!,
  displayName: displayName!,
  roles: ["TELLER"],
  windowNo: i + 3,
  withdrawalLimit: "20000.00",
  note: `综合柜员（${i + 3}号窗口），提取审批权限2万元`,
}));

export type StaffMember = { id: string; loginName: string; windowNo?: number; approvalLimit?: string };
export type Staff = { tellers: StaffMember[]; reviewers: StaffMember[]; byLogin: Map<string, StaffMember> };

const BCRYPT_SALT_CHARS = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/**
 * The one bcrypt hash (cost 10) every demo user shares. Hashing once matters: cost 10 is ~80 ms
 * here, so a hash per user would take about three minutes for 2,200 users. The salt comes from
 * the seeded PRNG so re-seeding writes byte-identical rows; harmless, the password is public.
 */
function demoPasswordHash(rng: Rng): string {
  let salt = "";
  for (let i = 0; i < 21; i++) salt += rng.pick([...BCRYPT_SALT_CHARS]);
  // The 22nd character carries only 2 salt bits; these four round-trip exactly.
  salt += rng.pick([".", "O", "e", "u"]);
  return bcrypt.hashSync(DEMO_PASSWORD, `$2b$10$${salt}`);
}

/** Staff and employer agents from demo-accounts.ts plus the extra tellers, and a CITIZEN user per depositor. */
export function buildUsers(ctx: SeedContext, org: Org, fund: Fund): Staff {
  const passwordHash = demoPasswordHash(ctx.rng("password"));
  const ids = new IdSequence("user");
  const since = stamp("2016-01-04", 9);
  const staff: Staff = { tellers: [], reviewers: [], byLogin: new Map() };

  for (const account of [...DEMO_STAFF, ...EXTRA_TELLERS]) {
    const id = ids.take();
    const member: StaffMember = { id, loginName: account.loginName, windowNo: account.windowNo, approvalLimit: account.approvalLimit };
    staff.byLogin.set(account.loginName, member);
    if (account.roles.includes("TELLER")) staff.tellers.push(member);
    if (account.roles.includes("REVIEWER")) staff.reviewers.push(member);
    ctx.rows.users.push({
      id,
      loginName: account.loginName,
      displayName: account.displayName,
      passwordHash,
      roles: account.roles,
      active: true,
      depositorId: null,
      // agent01 acts for the first employer, where the demo citizens 张伟 and 李娜 work.
      employerId: account.roles.includes("EMPLOYER_AGENT") ? org.employers[0]!.id : null,
      approvalLimit: account.approvalLimit ?? null,
      withdrawalLimit: account.withdrawalLimit ?? null,
      createdAt: since,
      updatedAt: since,
    });
  }

  for (const d of fund.depositors) {
    ctx.rows.users.push({
      id: ids.take(),
      loginName: d.idNumber,
      displayName: d.name,
      passwordHash,
      roles: ["CITIZEN"],
      active: true,
      depositorId: d.id,
      employerId: null,
      approvalLimit: null,
      withdrawalLimit: null,
      createdAt: stamp(d.account.openedOn, 9),
      updatedAt: stamp(d.account.openedOn, 9),
    });
  }
  // The demo citizens' own bank cards, so the bank port can verify and pay their withdrawals.
  for (const c of DEMO_CITIZENS) {
    if (c.payoutCard)
      ctx.rows.simulatedBankAccounts.push({ accountNo: c.payoutCard, holderName: c.displayName, balance: "0.00", updatedAt: since });
  }
  return staff;
}
