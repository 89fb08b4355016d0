import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordInspection } from "@/lib/projects/record-inspection";
import { rejectAdmission } from "@/lib/projects/reject-admission";
import { suspendProject } from "@/lib/projects/suspend-project";
import { createDeveloper } from "@/lib/projects/create-developer";
import type { ProjectActor } from "@/lib/projects/officer";
import { errorOf } from "../cases/fixtures";
import {
  PNG,
  admit,
  apply,
  checklist,
  creditCode,
  daysAgo,
  daysAhead,
  developerOf,
  inspect,
  officer,
  projectOf,
  projectRowCounts,
  today,
  version,
} from "./fixtures";

let actor: ProjectActor;
let developerId: string;
beforeAll(async () => {
  actor = await officer();
  developerId = await developerOf(actor);
});

const inspectionInput = async (projectId: string) => ({
  projectId,
  expectedVersion: await version(projectId),
  inspectedOn: today(),
  location: "项目现场",
  findings: "主体结构已封顶，五证齐全，监管账户已开立。",
  passed: true,
  checklist: checklist(),
});

describe("site inspection: bad input writes nothing", () => {
  it("a date in the future is refused at its field", async () => {
    const { projectId } = await projectOf(actor, developerId);
    const before = await projectRowCounts();
    const error = await errorOf(
      recordInspection({
        actor,
        input: { ...(await inspectionInput(projectId)), inspectedOn: daysAhead(1) },
        photos: [{ filename: "a.png", bytes: PNG }],
      }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.details?.fieldErrors).toEqual({ inspectedOn: [`查勘日期不能晚于今天（${today()}）`] });
    expect(await projectRowCounts()).toEqual(before);
  });

  it("missing location, findings, conclusion and a condition are all reported; nothing written", async () => {
    const { projectId } = await projectOf(actor, developerId);
    const before = await projectRowCounts();
    const input = await inspectionInput(projectId);
    const { ESCROW_ACCOUNT: _e, ...partial } = input.checklist;
    void _e;
    const error = await errorOf(
      recordInspection({
        actor,
        input: {
          ...input,
          location: "",
          findings: " ",
          passed: undefined as unknown as boolean,
          checklist: partial as typeof input.checklist,
        },
        photos: [{ filename: "a.png", bytes: PNG }],
      }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(Object.keys(error.details?.fieldErrors as object).sort()).toEqual(["cond_ESCROW_ACCOUNT", "findings", "location", "passed"]);
    expect(await projectRowCounts()).toEqual(before);
  });

  it("no photo, a PDF as a photo, or 'passed' with a required condition unmet: refused, nothing written", async () => {
    const { projectId } = await projectOf(actor, developerId);
    const before = await projectRowCounts();
    const input = await inspectionInput(projectId);
    expect((await errorOf(recordInspection({ actor, input, photos: [] }))).code).toBe("PHOTO_REQUIRED");
    expect(
      await errorOf(recordInspection({ actor, input, photos: [{ filename: "plan.pdf", bytes: new TextEncoder().encode("%PDF-1.4") }] })),
    ).toMatchObject({ code: "PHOTO_INVALID", field: "photos" });
    const conflict = await errorOf(
      recordInspection({
        actor,
        input: { ...input, checklist: checklist(["PRESALE_PERMIT"]) },
        photos: [{ filename: "a.png", bytes: PNG }],
      }),
    );
    expect(conflict).toMatchObject({ code: "CONCLUSION_CONFLICT", field: "passed", details: { missing: ["商品房预售许可证"] } });
    expect(await projectRowCounts()).toEqual(before);
  });

  it("a good inspection stores the checklist, the photo with its hash, bumps the version and audits", async () => {
    const { projectId } = await projectOf(actor, developerId);
    const v = await version(projectId);
    const { inspectionId, passed } = await inspect(actor, projectId, { unmet: ["SALES_TABLE_FILED"] });
    expect(passed).toBe(true);
    const row = await db.siteInspection.findUniqueOrThrow({ where: { id: inspectionId }, include: { photos: true } });
    expect((row.checklist as Record<string, { met: boolean }>).SALES_TABLE_FILED).toEqual({ met: false });
    expect(row.photos).toHaveLength(1);
    expect(row.photos[0]).toMatchObject({ mime: "image/png", size: PNG.byteLength, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await version(projectId)).toBe(v + 1);
    expect(await db.auditEntry.count({ where: { entityId: projectId, action: "PROJECT_INSPECTED" } })).toBe(1);
  });

  it("a page drawn before another officer's change is refused (STALE) and writes nothing", async () => {
    const { projectId } = await projectOf(actor, developerId);
    const stale = await inspectionInput(projectId);
    await inspect(actor, projectId);
    const before = await projectRowCounts();
    expect((await errorOf(recordInspection({ actor, input: stale, photos: [{ filename: "a.png", bytes: PNG }] }))).code).toBe("STALE");
    expect(await projectRowCounts()).toEqual(before);
  });
});

describe("admission: the agreement is signed only when the latest inspection passed and every required condition is met", () => {
  it("is refused without an application, without an inspection after it, after a failed one; nothing written", async () => {
    const { projectId } = await projectOf(actor, developerId);
    expect(await errorOf(admit(actor, projectId))).toMatchObject({ code: "ILLEGAL_ADMISSION_STATE", details: { status: "NOT_APPLIED" } });
    await inspect(actor, projectId, { on: daysAgo(5) });
    await apply(actor, projectId, daysAgo(2));
    let before = await projectRowCounts();
    expect(await errorOf(admit(actor, projectId))).toMatchObject({ code: "INSPECTION_REQUIRED", details: { appliedOn: daysAgo(2) } });
    await inspect(actor, projectId, { unmet: ["ESCROW_ACCOUNT", "STAGE_GUARANTEE_CONSENT"] });
    before = await projectRowCounts();
    expect((await errorOf(admit(actor, projectId))).code).toBe("INSPECTION_NOT_PASSED");
    expect(await projectRowCounts()).toEqual(before);
    const project = await db.housingProject.findUniqueOrThrow({ where: { id: projectId } });
    expect(project).toMatchObject({ admissionStatus: "APPLIED", agreementNo: null, admittedOn: null });
  });

  it("is refused when a stored checklist lacks a required condition (conditions unmet), and before construction starts", async () => {
    const { projectId } = await projectOf(actor, developerId);
    await apply(actor, projectId);
    const { inspectionId } = await inspect(actor, projectId);
    // An inspection recorded before a condition became required: its checklist does not prove it.
    const stored = checklist() as Record<string, unknown>;
    delete stored.NO_MAJOR_VIOLATIONS;
    await db.siteInspection.update({ where: { id: inspectionId }, data: { checklist: stored as object } });
    const before = await projectRowCounts();
    expect(await errorOf(admit(actor, projectId))).toMatchObject({ code: "CONDITIONS_UNMET", details: { missing: ["无重大违法违规"] } });
    expect(await projectRowCounts()).toEqual(before);

    const notStarted = await projectOf(actor, developerId);
    await db.housingProject.update({ where: { id: notStarted.projectId }, data: { constructionStatus: "NOT_STARTED" } });
    await apply(actor, notStarted.projectId);
    await inspect(actor, notStarted.projectId);
    expect((await errorOf(admit(actor, notStarted.projectId))).code).toBe("PROJECT_NOT_STARTED");
  });

  it("admits: agreement numbers run per signing year, the project is ADMITTED on the signing date, the application keeps the checklist", async () => {
    const first = await projectOf(actor, developerId);
    const second = await projectOf(actor, developerId);
    for (const p of [first, second]) {
      await apply(actor, p.projectId, daysAgo(3));
      await inspect(actor, p.projectId, { on: daysAgo(1) });
    }
    expect(await errorOf(admit(actor, first.projectId, daysAgo(2)))).toMatchObject({
      code: "SIGNED_BEFORE_INSPECTION",
      field: "agreementSignedOn",
    });
    expect((await errorOf(admit(actor, first.projectId, daysAhead(1)))).code).toBe("INVALID_INPUT");
    const a = await admit(actor, first.projectId);
    const b = await admit(actor, second.projectId);
    const year = today().slice(0, 4);
    expect(a.agreementNo).toMatch(new RegExp(`^ZRXY${year}\\d{4}$`));
    expect(Number(b.agreementNo.slice(-4))).toBe(Number(a.agreementNo.slice(-4)) + 1);
    const project = await db.housingProject.findUniqueOrThrow({ where: { id: first.projectId }, include: { applications: true } });
    expect(project).toMatchObject({ admissionStatus: "ADMITTED", agreementNo: a.agreementNo });
    expect(project.admittedOn!.toISOString().slice(0, 10)).toBe(today());
    expect(project.applications[0]).toMatchObject({
      decision: "ADMITTED",
      agreementNo: a.agreementNo,
      agreementPlace: "项目现场售楼处",
      decidedById: actor.userId,
    });
    expect(Object.keys(project.applications[0]!.checklist as object)).toHaveLength(12);
    expect(
      await db.auditEntry.count({
        where: { entityId: first.projectId, action: "PROJECT_ADMITTED", fromState: "APPLIED", toState: "ADMITTED" },
      }),
    ).toBe(1);
    // Double submit of the same page: the version moved, the second is refused.
    expect((await errorOf(admit(actor, first.projectId))).code).toMatch(/STALE|ILLEGAL_ADMISSION_STATE/);
  });

  it("reject needs a reason; suspend only from ADMITTED; re-application after either", async () => {
    const { projectId } = await projectOf(actor, developerId);
    await apply(actor, projectId);
    expect(
      (await errorOf(rejectAdmission({ actor, input: { projectId, expectedVersion: await version(projectId), reason: " " } }))).code,
    ).toBe("INVALID_INPUT");
    await rejectAdmission({ actor, input: { projectId, expectedVersion: await version(projectId), reason: "预售许可证未取得" } });
    expect((await db.housingProject.findUniqueOrThrow({ where: { id: projectId } })).admissionStatus).toBe("REJECTED");
    expect(
      await errorOf(suspendProject({ actor, input: { projectId, expectedVersion: await version(projectId), reason: "违规" } })),
    ).toMatchObject({ code: "ILLEGAL_ADMISSION_STATE" });
    await apply(actor, projectId);
    await inspect(actor, projectId);
    await admit(actor, projectId);
    await suspendProject({ actor, input: { projectId, expectedVersion: await version(projectId), reason: "预售资金未按规定监管" } });
    expect((await db.housingProject.findUniqueOrThrow({ where: { id: projectId } })).admissionStatus).toBe("SUSPENDED");
    expect(await db.admissionApplication.count({ where: { projectId } })).toBe(2);
  });
});

describe("who may act", () => {
  it("only a PROJECT_OFFICER or an ADMIN; a teller is refused before anything is read", async () => {
    const teller = await officer(["TELLER"]);
    const admin = await officer(["ADMIN"]);
    expect((await errorOf(developerOf(teller))).code).toBe("FORBIDDEN_ROLE");
    const { projectId } = await projectOf(admin, await developerOf(admin, "管理员登记的开发商"));
    expect((await errorOf(inspect(teller, projectId))).code).toBe("FORBIDDEN_ROLE");
  });

  it("a developer's credit code is registered once", async () => {
    const code = creditCode();
    const input = {
      creditCode: code,
      name: "重复开发商",
      legalRepresentative: "王某",
      qualificationLevel: "二级" as const,
      contactName: "李某",
      contactPhone: "025-84561234",
      address: "南京市",
    };
    await createDeveloper({ actor, input });
    expect(await errorOf(createDeveloper({ actor, input }))).toMatchObject({ code: "DEVELOPER_EXISTS", field: "creditCode" });
  });
});
