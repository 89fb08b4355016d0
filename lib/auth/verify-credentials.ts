import "server-only";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { parseResidentId } from "@/lib/identity/resident-id";
import { isDomainError } from "@/lib/errors";
import { auditRefusedLogin, registerFailedLogin, registerSuccessfulLogin, type LoginChannel } from "@/lib/auth/login-attempts";
import { hashPassword } from "@/lib/auth/password-hash";

export type LoginUser = {
  id: string;
  displayName: string;
  roles: Role[];
  /** The window a teller signed in to for the day; null for everyone else. */
  windowNo: number | null;
  windowId: string | null;
  /** The LoginSession this sign-in opened. */
  sessionId: string;
};

/**
 * INVALID: unknown user or wrong password (one code for both: no user enumeration).
 * LOCKED: five consecutive failures, locked for 15 minutes. INACTIVE: deactivated account.
 * WINDOW_REQUIRED: a teller chose no window. WINDOW_UNAVAILABLE: no such active window.
 * WINDOW_OCCUPIED: another teller is signed in at that window (lib/auth/window-occupancy).
 */
export type LoginFailureCode = "INVALID" | "LOCKED" | "INACTIVE" | "WINDOW_REQUIRED" | "WINDOW_UNAVAILABLE" | "WINDOW_OCCUPIED";

export type LoginResult = { ok: true; user: LoginUser } | { ok: false; code: LoginFailureCode };

type Candidate = {
  id: string;
  loginName: string;
  displayName: string;
  passwordHash: string;
  roles: Role[];
  active: boolean;
  lockedUntil: Date | null;
};

const candidateSelect = {
  id: true,
  loginName: true,
  displayName: true,
  passwordHash: true,
  roles: true,
  active: true,
  lockedUntil: true,
} as const;

let dummyHash: Promise<string> | undefined;

/** Compares even for unknown users, so response time does not reveal which names exist. */
async function passwordMatches(candidate: Candidate | null, password: string): Promise<boolean> {
  if (!candidate) {
    dummyHash ??= hashPassword("timing-equalizer");
    await bcrypt.compare(password, await dummyHash);
    return false;
  }
  return bcrypt.compare(password, candidate.passwordHash);
}

/**
 * The shared checks, in order: locked → password → active → window. Only a wrong password counts
 * towards the lock; success resets the count.
 */
async function verify(
  candidate: Candidate | null,
  attempt: { loginName: string; password: string; channel: LoginChannel; windowNo?: number },
  now: Date,
): Promise<LoginResult> {
  const refuse = async (code: LoginFailureCode, reason: string): Promise<LoginResult> => {
    await auditRefusedLogin(db, { userId: candidate?.id ?? null, loginName: attempt.loginName, channel: attempt.channel, reason });
    return { ok: false, code };
  };
  if (candidate?.lockedUntil && candidate.lockedUntil > now) {
    await passwordMatches(null, attempt.password); // as slow as a wrong password: a lock must not show
    return refuse("LOCKED", "LOCKED");
  }
  if (!(await passwordMatches(candidate, attempt.password))) {
    if (!candidate) return refuse("INVALID", "UNKNOWN_USER");
    const { locked } = await registerFailedLogin(candidate, attempt.channel, now);
    return { ok: false, code: locked ? "LOCKED" : "INVALID" };
  }
  const user = candidate!;
  if (!user.active) return refuse("INACTIVE", "INACTIVE");

  let window: { id: string; number: number } | null = null;
  if (user.roles.includes("TELLER")) {
    if (attempt.windowNo === undefined) return refuse("WINDOW_REQUIRED", "WINDOW_REQUIRED");
    window = await db.serviceWindow.findFirst({
      where: { number: attempt.windowNo, active: true },
      select: { id: true, number: true },
    });
    if (!window) return refuse("WINDOW_UNAVAILABLE", "WINDOW_UNAVAILABLE");
  }
  let sessionId: string | null;
  try {
    sessionId = await registerSuccessfulLogin(user, attempt.channel, now, window);
  } catch (error) {
    if (isDomainError(error) && error.code === "WINDOW_OCCUPIED") return refuse("WINDOW_OCCUPIED", "WINDOW_OCCUPIED");
    throw error;
  }
  if (!sessionId) return { ok: false, code: "LOCKED" };
  return {
    ok: true,
    user: {
      id: user.id,
      displayName: user.displayName,
      roles: user.roles,
      windowNo: window?.number ?? null,
      windowId: window?.id ?? null,
      sessionId,
    },
  };
}

/** 市民登录: only users holding CITIZEN, found by their resident ID number. */
export async function verifyCitizenLogin(input: { idNumber: string; password: string }, now: Date = new Date()): Promise<LoginResult> {
  const parsed = parseResidentId(input.idNumber, now);
  if (!parsed.ok) return { ok: false, code: "INVALID" };
  const loginName = parsed.value.idNumber;
  const candidate = await db.user.findFirst({
    where: { loginName, roles: { has: "CITIZEN" } },
    select: candidateSelect,
  });
  return verify(candidate, { loginName, password: input.password, channel: "CITIZEN" }, now);
}

/** 工作人员登录: only users without CITIZEN; tellers must name their window for the day. */
export async function verifyStaffLogin(
  input: { loginName: string; password: string; windowNo?: number },
  now: Date = new Date(),
): Promise<LoginResult> {
  const loginName = input.loginName.trim();
  const candidate = await db.user.findFirst({
    where: { loginName, NOT: { roles: { has: "CITIZEN" } } },
    select: candidateSelect,
  });
  return verify(candidate, { loginName, password: input.password, channel: "STAFF", windowNo: input.windowNo }, now);
}
