import { Prisma } from "@/lib/generated/prisma/client";
import { db, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";

/**
 * Turns a database error into a DomainError so a raw one never reaches a user. A unique violation
 * or a write conflict means a concurrent request got there first: ALREADY_HANDLED, unless the
 * caller maps the unique violation to something more precise.
 */
export function toDomainError(error: unknown, onUnique?: () => DomainError): unknown {
  if (error instanceof DomainError) return error;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") return onUnique?.() ?? new DomainError("ALREADY_HANDLED", { details: { cause: "unique" } });
    // Write conflict / deadlock / serialization failure: another transaction won the race.
    if (error.code === "P2034") return new DomainError("ALREADY_HANDLED", { details: { cause: "conflict" } });
    // Could not start or finish the transaction in time: the server is overloaded.
    if (error.code === "P2028" || error.code === "P2024") return new DomainError("SYSTEM_BUSY", { details: { prismaCode: error.code } });
    return new DomainError("DATABASE_ERROR", { details: { prismaCode: error.code } });
  }
  if (error instanceof Prisma.PrismaClientUnknownRequestError || error instanceof Prisma.PrismaClientRustPanicError) {
    return new DomainError("DATABASE_ERROR");
  }
  return error;
}

/**
 * Runs `work` in one interactive transaction with room for contention (20 concurrent clicks wait
 * for a pooled connection), mapping database errors to DomainErrors.
 */
export async function inTransaction<T>(
  work: (tx: Tx) => Promise<T>,
  options: { onUnique?: () => DomainError; timeoutMs?: number } = {},
): Promise<T> {
  try {
    // timeoutMs: bulk postings (a 10,000-row remittance, the year's interest) need longer than a click.
    return await db.$transaction(work, { maxWait: 20_000, timeout: options.timeoutMs ?? 30_000 });
  } catch (error) {
    throw toDomainError(error, options.onUnique);
  }
}
