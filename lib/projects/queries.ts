import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConstructionStatus, ProjectAdmissionStatus } from "@/lib/generated/prisma/enums";
import { fromDateColumn } from "@/lib/dates/calendar";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";
import { displayYuan, money } from "@/lib/money";
import { evaluateChecklist, readChecklist } from "@/lib/projects/checklist";
import { ADMISSION_CONDITIONS } from "@/lib/projects/conditions";
import { ADMISSION_STATUS_LABELS, CONSTRUCTION_STATUS_LABELS, DECISION_LABELS, GUARANTEE_STATUS_LABELS } from "@/lib/projects/labels";
import type { TProjectFilters } from "@/lib/projects/schemas";

// Read side of /admin/projects: plain DTOs (strings, labels) for the pages.

const date = (d: Date | null | undefined) => (d ? fromDateColumn(d) : null);
/** A loan that holds a unit: anything but a refused or cancelled application. */
const HOLDING_LOAN = { status: { notIn: ["REJECTED", "CANCELLED"] } } satisfies Prisma.LoanWhereInput;

export type DeveloperRowDto = {
  id: string;
  creditCode: string;
  name: string;
  legalRepresentative: string;
  qualificationLevel: string;
  contact: string;
  address: string;
  projects: number;
  activeGuarantees: number;
};

export async function listDevelopers(): Promise<DeveloperRowDto[]> {
  const rows = await db.developer.findMany({
    orderBy: { name: "asc" },
    include: { _count: { select: { projects: true, guarantees: { where: { status: "ACTIVE" } } } } },
  });
  return rows.map((d) => ({
    id: d.id,
    creditCode: d.creditCode,
    name: d.name,
    legalRepresentative: d.legalRepresentative,
    qualificationLevel: d.qualificationLevel,
    contact: `${d.contactName} ${d.contactPhone}`,
    address: d.address,
    projects: d._count.projects,
    activeGuarantees: d._count.guarantees,
  }));
}

export async function listDeveloperOptions(): Promise<{ value: string; label: string }[]> {
  const rows = await db.developer.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
  return rows.map((d) => ({ value: d.id, label: d.name }));
}

export type ProjectRowDto = {
  id: string;
  projectNo: string;
  name: string;
  developerName: string;
  district: string;
  admissionStatus: ProjectAdmissionStatus;
  admissionLabel: string;
  constructionStatus: ConstructionStatus;
  constructionLabel: string;
  plannedUnits: number;
  registryUnits: number;
  admittedOn: string | null;
};

/** Projects matching the filters (search: project name, number, address or developer name), newest first. */
export async function listProjects(filters: TProjectFilters, take = 200): Promise<ProjectRowDto[]> {
  const q = filters.q;
  const rows = await db.housingProject.findMany({
    where: {
      developerId: filters.developer || undefined,
      district: filters.district,
      admissionStatus: filters.admission,
      constructionStatus: filters.construction,
      OR: q
        ? [
            { name: { contains: q } },
            { projectNo: { contains: q.toUpperCase() } },
            { address: { contains: q } },
            { developer: { name: { contains: q } } },
          ]
        : undefined,
    },
    orderBy: [{ createdAt: "desc" }, { projectNo: "desc" }],
    take,
    include: { developer: { select: { name: true } }, _count: { select: { units: true } } },
  });
  return rows.map((p) => ({
    id: p.id,
    projectNo: p.projectNo,
    name: p.name,
    developerName: p.developer.name,
    district: p.district,
    admissionStatus: p.admissionStatus,
    admissionLabel: ADMISSION_STATUS_LABELS[p.admissionStatus],
    constructionStatus: p.constructionStatus,
    constructionLabel: CONSTRUCTION_STATUS_LABELS[p.constructionStatus],
    plannedUnits: p.plannedUnits,
    registryUnits: p._count.units,
    admittedOn: date(p.admittedOn),
  }));
}

export type FindingDto = { code: string; label: string; required: boolean; met: boolean; note: string | null };

function findingsOf(checklist: unknown): { findings: FindingDto[]; missing: string[] } {
  const read = readChecklist(checklist);
  const evaluation = evaluateChecklist(read);
  return {
    findings: ADMISSION_CONDITIONS.map((c) => ({
      code: c.code,
      label: c.label,
      required: c.required,
      met: read[c.code]?.met === true,
      note: read[c.code]?.note ?? null,
    })),
    missing: evaluation.missing.map((c) => c.label),
  };
}

export async function getProjectDetail(projectId: string) {
  const p = await db.housingProject.findUnique({
    where: { id: projectId },
    include: {
      developer: true,
      buildings: { orderBy: { buildingNo: "asc" }, include: { _count: { select: { units: true } } } },
      applications: { orderBy: { createdAt: "desc" } },
      inspections: {
        orderBy: [{ inspectedOn: "desc" }, { createdAt: "desc" }],
        include: {
          photos: { select: { id: true, filename: true, caption: true, size: true, sha256: true }, orderBy: { uploadedAt: "asc" } },
        },
      },
      constructionUpdates: { orderBy: [{ asOf: "desc" }, { createdAt: "desc" }] },
      guarantees: {
        orderBy: { startsOn: "desc" },
        include: {
          loan: { select: { loanNo: true, status: true, borrower: { select: { name: true } }, unit: { select: { unitNo: true } } } },
        },
      },
      units: {
        orderBy: { unitNo: "asc" },
        take: 60,
        include: { building: { select: { buildingNo: true } }, loans: { where: HOLDING_LOAN, select: { loanNo: true }, take: 1 } },
      },
      _count: { select: { units: true } },
    },
  });
  if (!p) return null;
  const people = await db.user.findMany({
    where: {
      id: {
        in: [
          ...new Set([
            ...p.inspections.map((i) => i.inspectorId),
            ...p.applications.flatMap((a) => (a.decidedById ? [a.decidedById] : [])),
            ...p.constructionUpdates.map((u) => u.recordedById),
          ]),
        ],
      },
    },
    select: { id: true, displayName: true },
  });
  const nameOf = (id: string | null) => people.find((u) => u.id === id)?.displayName ?? "—";
  const soldUnits = await db.propertyUnit.count({ where: { projectId, loans: { some: HOLDING_LOAN } } });
  const history = await db.auditEntry.findMany({
    where: {
      entityType: "HousingProject",
      entityId: projectId,
      action: {
        in: ["PROJECT_CREATED", "PROJECT_ADMISSION_APPLIED", "PROJECT_ADMITTED", "PROJECT_ADMISSION_REJECTED", "PROJECT_SUSPENDED"],
      },
    },
    orderBy: { at: "desc" },
    take: 30,
    select: {
      id: true,
      at: true,
      action: true,
      fromState: true,
      toState: true,
      detail: true,
      actor: { select: { displayName: true } },
      actorLabel: true,
    },
  });
  const latest = p.inspections[0];
  const pending = p.applications.find((a) => a.decision === "PENDING");
  return {
    id: p.id,
    version: p.version,
    projectNo: p.projectNo,
    name: p.name,
    district: p.district,
    address: p.address,
    presalePermitNo: p.presalePermitNo,
    plannedUnits: p.plannedUnits,
    admissionStatus: p.admissionStatus,
    admissionLabel: ADMISSION_STATUS_LABELS[p.admissionStatus],
    constructionStatus: p.constructionStatus,
    constructionLabel: CONSTRUCTION_STATUS_LABELS[p.constructionStatus],
    admittedOn: date(p.admittedOn),
    agreementNo: p.agreementNo,
    developer: {
      id: p.developer.id,
      name: p.developer.name,
      creditCode: p.developer.creditCode,
      qualificationLevel: p.developer.qualificationLevel,
      contact: `${p.developer.contactName} ${p.developer.contactPhone}`,
    },
    buildings: p.buildings.map((b) => ({
      id: b.id,
      buildingNo: b.buildingNo,
      floors: b.floors,
      unitCount: b.unitCount,
      registryUnits: b._count.units,
    })),
    unitCount: p._count.units,
    soldUnits,
    units: p.units.map((u) => ({
      id: u.id,
      unitNo: u.unitNo,
      buildingNo: u.building?.buildingNo ?? "—",
      floor: u.floor,
      area: money(u.buildingArea).toFixed(2),
      address: u.address,
      loanNo: u.loans[0]?.loanNo ?? null,
    })),
    pendingApplication: pending ? { appliedOn: date(pending.appliedOn)! } : null,
    applications: p.applications.map((a) => ({
      id: a.id,
      applicationNo: a.applicationNo,
      appliedOn: date(a.appliedOn)!,
      applicantName: a.applicantName,
      decision: a.decision,
      decisionLabel: DECISION_LABELS[a.decision],
      decidedBy: a.decidedById ? nameOf(a.decidedById) : null,
      decidedAt: a.decidedAt ? formatShanghaiDateTime(a.decidedAt) : null,
      agreementNo: a.agreementNo,
      agreementSignedOn: date(a.agreementSignedOn),
      agreementPlace: a.agreementPlace,
      note: a.note,
    })),
    latestInspection: latest
      ? { inspectedOn: date(latest.inspectedOn)!, passed: latest.passed, location: latest.location, ...findingsOf(latest.checklist) }
      : null,
    inspections: p.inspections.map((i) => ({
      id: i.id,
      inspectedOn: date(i.inspectedOn)!,
      inspector: nameOf(i.inspectorId),
      location: i.location,
      findingsText: i.findings,
      passed: i.passed,
      ...findingsOf(i.checklist),
      photos: i.photos.map((ph) => ({
        id: ph.id,
        filename: ph.filename,
        caption: ph.caption,
        sizeKb: Math.max(1, Math.round(ph.size / 1024)),
        sha256: ph.sha256,
      })),
    })),
    constructionHistory: p.constructionUpdates.map((u) => ({
      id: u.id,
      asOf: date(u.asOf)!,
      status: u.status,
      label: CONSTRUCTION_STATUS_LABELS[u.status],
      note: u.note,
      recordedBy: nameOf(u.recordedById),
    })),
    guarantees: p.guarantees.map((g) => ({
      id: g.id,
      loanNo: g.loan.loanNo,
      borrowerName: g.loan.borrower.name,
      unitNo: g.loan.unit.unitNo,
      amount: displayYuan(g.amount),
      status: g.status,
      statusLabel: GUARANTEE_STATUS_LABELS[g.status],
      startsOn: date(g.startsOn)!,
      releasedOn: date(g.releasedOn),
    })),
    history: history.map((h) => ({
      id: String(h.id),
      at: formatShanghaiDateTime(h.at),
      action: h.action,
      from: h.fromState ? (ADMISSION_STATUS_LABELS[h.fromState as ProjectAdmissionStatus] ?? h.fromState) : null,
      to: h.toState ? (ADMISSION_STATUS_LABELS[h.toState as ProjectAdmissionStatus] ?? h.toState) : null,
      reason: typeof (h.detail as { reason?: unknown } | null)?.reason === "string" ? (h.detail as { reason: string }).reason : null,
      actor: h.actor?.displayName ?? h.actorLabel ?? "—",
    })),
  };
}
export type ProjectDetailDto = NonNullable<Awaited<ReturnType<typeof getProjectDetail>>>;

/** One inspection photo's bytes, only through its own project (a guessed id of another fails). */
export async function getInspectionPhoto(projectId: string, photoId: string) {
  return db.inspectionPhoto.findFirst({
    where: { id: photoId, inspection: { projectId } },
    select: { filename: true, mime: true, bytes: true },
  });
}

/** The project's header for its sub-pages (inspection form). */
export async function getProjectHeader(projectId: string) {
  return db.housingProject.findUnique({
    where: { id: projectId },
    select: {
      id: true,
      projectNo: true,
      name: true,
      address: true,
      version: true,
      admissionStatus: true,
      developer: { select: { name: true } },
    },
  });
}
