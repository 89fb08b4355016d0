import bcrypt from "bcryptjs";
import type { Tx } from "../../lib/db";
import { DEFAULT_RATE_BOUNDS, RATE_BOUND_KEYS } from "../../lib/employers/rate-bounds";
import { DEMO_PASSWORD } from "./demo-accounts";

/** Agents of the second and third demo employers (agent01 acts for the first). */
export const EXTRA_AGENTS = [
  { loginName: "agent02", displayName: "冯敏" },
  { loginName: "agent03", displayName: "褚磊" },
] as const;

// A fixed salt keeps the seed deterministic (same as-of ⇒ same rows).
const SALT = "$2b$10$AccountsLifecycleSeed.";

/**
 * The employee lifecycle's demo data: agent02 and agent03 for the two employers after agent01's
 * (by id), so an in-city move between two employers can be shown, and the contribution rate
 * bounds (5 %–12 %) as stored settings an ADMIN may change.
 */
export async function seedEmployerAgents(tx: Tx): Promise<string> {
  const first = await tx.user.findUniqueOrThrow({ where: { loginName: "agent01" }, select: { employerId: true } });
  const employers = await tx.employer.findMany({
    where: { id: { not: first.employerId ?? "" } },
    orderBy: { id: "asc" },
    take: EXTRA_AGENTS.length,
  });
  const passwordHash = bcrypt.hashSync(DEMO_PASSWORD, SALT);
  await tx.user.createMany({
    data: EXTRA_AGENTS.map((a, i) => ({
      loginName: a.loginName,
      displayName: a.displayName,
      passwordHash,
      roles: ["EMPLOYER_AGENT" as const],
      employerId: employers[i]!.id,
    })),
  });
  await tx.setting.createMany({
    data: [
      { key: RATE_BOUND_KEYS.min, value: DEFAULT_RATE_BOUNDS.min },
      { key: RATE_BOUND_KEYS.max, value: DEFAULT_RATE_BOUNDS.max },
    ],
    skipDuplicates: true,
  });
  return `employer agents ${EXTRA_AGENTS.map((a) => a.loginName).join(", ")}; contribution rate bounds ${DEFAULT_RATE_BOUNDS.min}–${DEFAULT_RATE_BOUNDS.max} %`;
}
