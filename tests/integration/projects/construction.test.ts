import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateConstruction } from "@/lib/projects/update-construction";
import type { ProjectActor } from "@/lib/projects/officer";
import { errorOf } from "../cases/fixtures";
import { daysAgo, daysAhead, developerOf, monthsAgo, officer, projectOf, projectRowCounts, today, version } from "./fixtures";

let actor: ProjectActor;
let developerId: string;
beforeAll(async () => {
  actor = await officer();
  developerId = await developerOf(actor);
});

const update = async (projectId: string, status: "NOT_STARTED" | "UNDER_CONSTRUCTION" | "BUILT", asOf: string, note?: string) =>
  updateConstruction({ actor, input: { projectId, expectedVersion: await version(projectId), status, asOf, note } });

describe("construction tracking", () => {
  it("keeps a dated history in order and the project's current status", async () => {
    const { projectId } = await projectOf(actor, developerId);
    await update(projectId, "BUILT", daysAgo(3), "竣工验收备案");
    const project = await db.housingProject.findUniqueOrThrow({
      where: { id: projectId },
      include: { constructionUpdates: { orderBy: { asOf: "asc" } } },
    });
    expect(project.constructionStatus).toBe("BUILT");
    expect(project.constructionUpdates.map((u) => [u.status, u.asOf.toISOString().slice(0, 10), u.note])).toEqual([
      ["UNDER_CONSTRUCTION", monthsAgo(1), "楼盘登记"],
      ["BUILT", daysAgo(3), "竣工验收备案"],
    ]);
  });

  it("refuses a future date, a date before the last update, and going back from BUILT without a note; nothing written", async () => {
    const { projectId } = await projectOf(actor, developerId);
    await update(projectId, "BUILT", daysAgo(3));
    const before = await projectRowCounts();
    expect((await errorOf(update(projectId, "BUILT", daysAhead(2), "提前"))).details?.fieldErrors).toEqual({
      asOf: [`状态日期不能晚于今天（${today()}）`],
    });
    expect(await errorOf(update(projectId, "UNDER_CONSTRUCTION", daysAgo(10), "整改"))).toMatchObject({
      code: "DATE_BEFORE_LAST_UPDATE",
      field: "asOf",
      details: { lastAsOf: daysAgo(3) },
    });
    expect(await errorOf(update(projectId, "UNDER_CONSTRUCTION", today()))).toMatchObject({
      code: "NOTE_REQUIRED",
      field: "note",
      details: { reason: "BACKWARD" },
    });
    expect(await projectRowCounts()).toEqual(before);
    await update(projectId, "UNDER_CONSTRUCTION", today(), "竣工验收未通过，整改中");
    expect((await db.housingProject.findUniqueOrThrow({ where: { id: projectId } })).constructionStatus).toBe("UNDER_CONSTRUCTION");
  });
});
