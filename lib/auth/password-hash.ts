import bcrypt from "bcryptjs";

/** bcrypt cost of every stored password (staff, employer agents, citizens): one place to raise it. */
export const PASSWORD_HASH_COST = 10;

/** The bcrypt hash stored for a password. */
export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, PASSWORD_HASH_COST);
}
