import type { Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors";
import type { z } from "zod";
import { fieldErrorsOf } from "@/lib/projects/schemas";

/** Who acts on projects: the signed-in user's id and roles (re-read from the database per request). */
export type ProjectActor = { userId: string; roles: readonly Role[] };

/** Throws FORBIDDEN_ROLE unless the actor is a PROJECT_OFFICER or an ADMIN. */
export function requireProjectOfficer(actor: ProjectActor): void {
  if (!actor.roles.some((r) => r === "PROJECT_OFFICER" || r === "ADMIN"))
    throw new DomainError("FORBIDDEN_ROLE", { details: { roles: ["PROJECT_OFFICER", "ADMIN"] } });
}

/**
 * Parses a use case's input with the form's schema: a direct caller gets the same field errors as
 * the form. Throws INVALID_INPUT with details.fieldErrors.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new DomainError("INVALID_INPUT", { details: { fieldErrors: fieldErrorsOf(parsed.error) } });
  return parsed.data;
}

/**
 * Claims the project's next version inside the transaction: the row must still be at
 * `expectedVersion`, so two officers (or a double click) cannot both act on what they saw.
 * Throws NOT_FOUND or STALE.
 */
export async function claimProjectVersion(tx: Tx, projectId: string, expectedVersion: number) {
  const bumped = await tx.housingProject.updateMany({
    where: { id: projectId, version: expectedVersion },
    data: { version: { increment: 1 } },
  });
  const project = await tx.housingProject.findUnique({ where: { id: projectId } });
  if (!project) throw new DomainError("NOT_FOUND", { details: { entity: "HousingProject" } });
  if (bumped.count !== 1) throw new DomainError("STALE", { details: { version: project.version } });
  return project;
}

/**
 * An admission decision's start (admit or reject): the project claimed at the version the officer
 * saw, still APPLIED (else ILLEGAL_ADMISSION_STATE), and its latest pending application (else
 * NO_PENDING_APPLICATION).
 */
export async function claimPendingApplication(tx: Tx, projectId: string, expectedVersion: number) {
  const project = await claimProjectVersion(tx, projectId, expectedVersion);
  if (project.admissionStatus !== "APPLIED")
    throw new DomainError("ILLEGAL_ADMISSION_STATE", { details: { status: project.admissionStatus } });
  const application = await tx.admissionApplication.findFirst({
    where: { projectId: project.id, decision: "PENDING" },
    orderBy: { createdAt: "desc" },
  });
  if (!application) throw new DomainError("NO_PENDING_APPLICATION");
  return { project, application };
}
