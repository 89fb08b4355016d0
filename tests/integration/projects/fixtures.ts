import { db } from "@/lib/db";
import { todayInShanghai, addMonthsClamped } from "@/lib/dates/calendar";
import { ADMISSION_CONDITIONS } from "@/lib/projects/conditions";
import { creditCodeCheckChar } from "@/lib/projects/credit-code";
import { createDeveloper } from "@/lib/projects/create-developer";
import { createProject } from "@/lib/projects/create-project";
import { applyForAdmission } from "@/lib/projects/apply-for-admission";
import { recordInspection } from "@/lib/projects/record-inspection";
import { admitProject } from "@/lib/projects/admit-project";
import type { ProjectActor } from "@/lib/projects/officer";
import type { TRecordInspectionInput } from "@/lib/projects/schemas";

export const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
export const today = () => todayInShanghai();
export const daysAgo = (n: number) => todayInShanghai(new Date(Date.now() - n * 86_400_000));
export const daysAhead = (n: number) => todayInShanghai(new Date(Date.now() + n * 86_400_000));
export const monthsAgo = (n: number) => addMonthsClamped(today(), -n);

let seq = 0;

export async function officer(roles: ProjectActor["roles"] = ["PROJECT_OFFICER"]): Promise<ProjectActor> {
  seq += 1;
  const user = await db.user.create({
    data: { loginName: `officer${seq}`, displayName: `准入专员${seq}`, passwordHash: "x", roles: [...roles] },
  });
  return { userId: user.id, roles: user.roles };
}

/** A valid 统一社会信用代码 per call. */
export function creditCode(): string {
  seq += 1;
  const first17 = `91320100MA${String(seq).padStart(7, "0")}`;
  return first17 + creditCodeCheckChar(first17);
}

export async function developerOf(actor: ProjectActor, name = "南京测试置业有限公司") {
  const { developerId } = await createDeveloper({
    actor,
    input: {
      creditCode: creditCode(),
      name: `${name}${seq}`,
      legalRepresentative: "王某",
      qualificationLevel: "一级",
      contactName: "李某",
      contactPhone: "13900000000",
      address: "南京市玄武区测试路1号",
    },
  });
  return developerId;
}

/** A project under construction (since a month ago) with one building of six floors. */
export async function projectOf(actor: ProjectActor, developerId: string, name = "测试花园") {
  seq += 1;
  return createProject({
    actor,
    input: {
      developerId,
      name: `${name}${seq}`,
      district: "江宁区",
      address: `南京市江宁区测试大道${seq}号`,
      constructionStatus: "UNDER_CONSTRUCTION",
      statusAsOf: monthsAgo(1),
      buildings: "1幢 6 12",
    },
  });
}

export const version = async (projectId: string) => (await db.housingProject.findUniqueOrThrow({ where: { id: projectId } })).version;

/** Every condition met, except the listed codes. */
export function checklist(unmet: string[] = []): TRecordInspectionInput["checklist"] {
  return Object.fromEntries(
    ADMISSION_CONDITIONS.map((c) => [c.code, { met: !unmet.includes(c.code) }]),
  ) as TRecordInspectionInput["checklist"];
}

export async function inspect(actor: ProjectActor, projectId: string, opts: { unmet?: string[]; passed?: boolean; on?: string } = {}) {
  const unmet = opts.unmet ?? [];
  return recordInspection({
    actor,
    input: {
      projectId,
      expectedVersion: await version(projectId),
      inspectedOn: opts.on ?? today(),
      location: "项目现场",
      findings: "主体结构已封顶，五证齐全，监管账户已开立。",
      passed: opts.passed ?? unmet.every((code) => !ADMISSION_CONDITIONS.find((c) => c.code === code)?.required),
      checklist: checklist(unmet),
    },
    photos: [{ filename: "现场.png", bytes: PNG }],
  });
}

export async function apply(actor: ProjectActor, projectId: string, on = today()) {
  return applyForAdmission({
    actor,
    input: { projectId, expectedVersion: await version(projectId), appliedOn: on, applicantName: "王经理" },
  });
}

export async function admit(actor: ProjectActor, projectId: string, on = today()) {
  return admitProject({
    actor,
    input: {
      projectId,
      expectedVersion: await version(projectId),
      agreementSignedOn: on,
      agreementPlace: "项目现场售楼处",
      developerSignatory: "王经理",
    },
  });
}

/** An ADMITTED project (applied, inspected, agreement signed today). */
export async function admittedProject(actor: ProjectActor) {
  const developerId = await developerOf(actor);
  const { projectId } = await projectOf(actor, developerId);
  await apply(actor, projectId);
  await inspect(actor, projectId);
  await admit(actor, projectId);
  return { developerId, projectId };
}

/** A unit of the project in the registry, without a certificate (a new home still on sale). */
export async function projectUnit(projectId: string) {
  seq += 1;
  const building = await db.projectBuilding.findFirstOrThrow({ where: { projectId } });
  return db.propertyUnit.create({
    data: {
      unitNo: `320115999${String(seq).padStart(3, "0")}GB${String(seq).padStart(5, "0")}F00010101`,
      district: "江宁区",
      address: `南京市江宁区测试大道${seq}号1幢101室`,
      buildingArea: "98.50",
      usage: "住宅",
      floor: 1,
      totalFloors: 6,
      builtYear: 2027,
      projectId,
      buildingId: building.id,
    },
  });
}

/** Counts of everything the project use cases write, to prove a refusal wrote nothing. */
export async function projectRowCounts() {
  const [inspections, photos, applications, updates, audits, projects, developers] = await Promise.all([
    db.siteInspection.count(),
    db.inspectionPhoto.count(),
    db.admissionApplication.count(),
    db.constructionUpdate.count(),
    db.auditEntry.count(),
    db.housingProject.findMany({
      select: { id: true, version: true, admissionStatus: true, constructionStatus: true },
      orderBy: { id: "asc" },
    }),
    db.developer.count(),
  ]);
  return { inspections, photos, applications, updates, audits, projects, developers };
}
