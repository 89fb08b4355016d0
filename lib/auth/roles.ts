import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Who may enter which area. Pure data, shared by the proxy (edge of the app), the layouts, the
 * header navigation and the post-login redirect. The order is the order of "home" for staff who
 * hold several roles.
 */
export type Area = {
  path: string;
  roles: readonly Role[];
  label: string;
  /** Not a home or a header link: a section inside another area. */ section?: boolean;
};

/** Center staff: everyone who signs in for the center (not citizens, not employer agents); they declare relatives and set their own password under /staff. */
export const CENTER_STAFF_ROLES = [
  "TELLER",
  "REVIEWER",
  "RISK_OFFICER",
  "ADMIN",
  "PROJECT_OFFICER",
  "SUPERVISOR",
] as const satisfies readonly Role[];

export const AREAS: readonly Area[] = [
  { path: "/portal", roles: ["CITIZEN"], label: "我的公积金" },
  { path: "/employer", roles: ["EMPLOYER_AGENT"], label: "单位业务" },
  { path: "/window", roles: ["TELLER"], label: "综合窗口" },
  { path: "/review", roles: ["REVIEWER"], label: "审核工作台" },
  { path: "/admin", roles: ["ADMIN"], label: "系统管理" },
  { path: "/admin/projects", roles: ["PROJECT_OFFICER", "ADMIN"], label: "楼盘准入" },
  { path: "/risk", roles: ["RISK_OFFICER", "ADMIN"], label: "风险管理" },
  { path: "/supervisor", roles: ["SUPERVISOR"], label: "值班长工作台" },
  { path: "/staff", roles: CENTER_STAFF_ROLES, label: "亲属申报" },
  {
    path: "/inbox",
    roles: ["CITIZEN", "EMPLOYER_AGENT", ...CENTER_STAFF_ROLES],
    label: "消息中心",
    section: true,
  },
];

export const ROLE_LABELS: Record<Role, string> = {
  CITIZEN: "缴存职工",
  EMPLOYER_AGENT: "单位经办人",
  TELLER: "综合柜员",
  REVIEWER: "审核员",
  RISK_OFFICER: "风控专员",
  ADMIN: "系统管理员",
  PROJECT_OFFICER: "楼盘准入专员",
  SUPERVISOR: "值班长",
};

export const ALL_ROLES = Object.keys(ROLE_LABELS) as Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ALL_ROLES as string[]).includes(value);
}

/** The protected area a path belongs to (the longest matching prefix), or undefined for public paths. */
export function areaForPath(pathname: string): Area | undefined {
  return AREAS.filter((a) => pathname === a.path || pathname.startsWith(`${a.path}/`)).sort((a, b) => b.path.length - a.path.length)[0];
}

export function mayEnter(area: Area, roles: readonly Role[]): boolean {
  return area.roles.some((r) => roles.includes(r));
}

/** Areas the user may enter, in home order. */
export function areasFor(roles: readonly Role[]): Area[] {
  return AREAS.filter((a) => !a.section && mayEnter(a, roles));
}

/** Where a user lands after sign-in: the first of their areas ("/" if they have none). */
export function homePathFor(roles: readonly Role[]): string {
  return areasFor(roles)[0]?.path ?? "/";
}

/**
 * A post-login target: the requested path when it is a same-site path inside one of the user's
 * areas, otherwise their home. Refuses "//host" and "/\host" tricks (open redirects).
 */
export function safeCallbackPath(raw: string | null | undefined, roles: readonly Role[]): string {
  const home = homePathFor(roles);
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return home;
  let pathname: string;
  try {
    pathname = new URL(raw, "http://localhost").pathname;
  } catch {
    return home;
  }
  const area = areaForPath(pathname);
  return area && mayEnter(area, roles) ? raw : home;
}
