import { createHash } from "node:crypto";
import zlib from "node:zlib";
import bcrypt from "bcryptjs";
import type { Prisma } from "../../lib/generated/prisma/client";
import { buildResidentId } from "../../lib/identity/resident-id";
import { money } from "../../lib/money";
import { ADMISSION_CONDITIONS } from "../../lib/projects/conditions";
import { addDays, dateValue, monthIndex, monthStart, stamp, yearOf } from "./clock";
import { SEED } from "./context";
import { buildCreditCode } from "./credit-code";
import { DEMO_PASSWORD } from "./demo-accounts";
import { Counter, IdSequence, pad } from "./ids";
import { Rng } from "./random";

type Tx = Prisma.TransactionClient;
type Admission = "NOT_APPLIED" | "APPLIED" | "ADMITTED" | "REJECTED" | "SUSPENDED";
type Construction = "NOT_STARTED" | "UNDER_CONSTRUCTION" | "BUILT";

/** The project officer the demo and the end-to-end test sign in as (password: the demo password). */
export const PROJECT_OFFICER = { loginName: "project01", displayName: "钱程", note: "楼盘准入专员" } as const;

/**
 * A depositor with no home and no loan, enough savings and contributions for a new-home loan:
 * the end-to-end test's buyer of a unit in an admitted project.
 */
export const NEW_HOME_BUYER = { idNumber: buildResidentId("320105", "1991-03-08", 986), name: "林悦" } as const;

/** The project the end-to-end test admits: applied, under construction, with units, not admitted yet. */
export const E2E_PROJECT_NAME = "仙林湖畔花园";

const DEVELOPERS = [
  ["南京金陵置业有限公司", "320102", "王建国", "一级"],
  ["南京紫金山房地产开发有限公司", "320113", "李卫东", "一级"],
  ["江苏秦淮河置业有限公司", "320104", "陈志明", "二级"],
  ["南京江北新区建设发展有限公司", "320111", "张宏伟", "一级"],
  ["南京仙林房地产开发有限公司", "320113", "刘海波", "二级"],
  ["南京雨花台城建开发有限公司", "320114", "赵国强", "二级"],
  ["南京滨江置业有限公司", "320105", "孙立新", "三级"],
  ["南京溧高城乡建设开发有限公司", "320117", "周文斌", "暂定"],
] as const;

type ProjectSpec = {
  name: string;
  developer: number;
  district: string;
  districtCode: string;
  road: string;
  admission: Admission;
  construction: Construction;
  /** Units written to the registry (two buildings of six floors, two units a floor). */
  withUnits?: boolean;
  /** Days before the as-of date the project was registered. */
  age: number;
};

// Every admission status meets every construction status at least once where it makes sense.
const PROJECTS: ProjectSpec[] = [
  {
    name: "金陵雅苑",
    developer: 0,
    district: "江宁区",
    districtCode: "320115",
    road: "双龙大道",
    admission: "ADMITTED",
    construction: "UNDER_CONSTRUCTION",
    withUnits: true,
    age: 700,
  },
  {
    name: "紫金府",
    developer: 1,
    district: "栖霞区",
    districtCode: "320113",
    road: "仙林大道",
    admission: "ADMITTED",
    construction: "BUILT",
    withUnits: true,
    age: 1100,
  },
  {
    name: "滨江壹号",
    developer: 6,
    district: "建邺区",
    districtCode: "320105",
    road: "江东中路",
    admission: "ADMITTED",
    construction: "UNDER_CONSTRUCTION",
    age: 520,
  },
  {
    name: "河西金融城公寓",
    developer: 6,
    district: "建邺区",
    districtCode: "320105",
    road: "河西大街",
    admission: "ADMITTED",
    construction: "BUILT",
    age: 1300,
  },
  {
    name: "高淳宝塔新村",
    developer: 7,
    district: "高淳区",
    districtCode: "320118",
    road: "宝塔路",
    admission: "ADMITTED",
    construction: "UNDER_CONSTRUCTION",
    age: 480,
  },
  {
    name: E2E_PROJECT_NAME,
    developer: 4,
    district: "栖霞区",
    districtCode: "320113",
    road: "学衡路",
    admission: "APPLIED",
    construction: "UNDER_CONSTRUCTION",
    withUnits: true,
    age: 400,
  },
  {
    name: "江宁天元府",
    developer: 0,
    district: "江宁区",
    districtCode: "320115",
    road: "天元中路",
    admission: "APPLIED",
    construction: "UNDER_CONSTRUCTION",
    age: 380,
  },
  {
    name: "栖霞云庭",
    developer: 1,
    district: "栖霞区",
    districtCode: "320113",
    road: "和燕路",
    admission: "APPLIED",
    construction: "NOT_STARTED",
    age: 150,
  },
  {
    name: "雨花新城",
    developer: 5,
    district: "雨花台区",
    districtCode: "320114",
    road: "软件大道",
    admission: "SUSPENDED",
    construction: "BUILT",
    withUnits: true,
    age: 1200,
  },
  {
    name: "溧水天生桥花园",
    developer: 7,
    district: "溧水区",
    districtCode: "320117",
    road: "天生桥大道",
    admission: "SUSPENDED",
    construction: "UNDER_CONSTRUCTION",
    age: 820,
  },
  {
    name: "江北明珠",
    developer: 3,
    district: "浦口区",
    districtCode: "320111",
    road: "浦珠北路",
    admission: "REJECTED",
    construction: "UNDER_CONSTRUCTION",
    age: 450,
  },
  {
    name: "浦口江山樾",
    developer: 3,
    district: "浦口区",
    districtCode: "320111",
    road: "江山路",
    admission: "REJECTED",
    construction: "NOT_STARTED",
    age: 260,
  },
  {
    name: "汤山温泉小镇",
    developer: 0,
    district: "江宁区",
    districtCode: "320115",
    road: "汤泉东路",
    admission: "NOT_APPLIED",
    construction: "NOT_STARTED",
    age: 90,
  },
  {
    name: "秦淮映月",
    developer: 2,
    district: "秦淮区",
    districtCode: "320104",
    road: "御道街",
    admission: "NOT_APPLIED",
    construction: "UNDER_CONSTRUCTION",
    age: 330,
  },
  {
    name: "六合龙池苑",
    developer: 2,
    district: "六合区",
    districtCode: "320116",
    road: "龙池路",
    admission: "NOT_APPLIED",
    construction: "BUILT",
    age: 1000,
  },
];

/** An 8×8 one-colour PNG: a stand-in for a site photo that passes the magic-byte check. */
function tinyPng(r: number, g: number, b: number): Uint8Array<ArrayBuffer> {
  const row = [0, ...Array.from({ length: 8 }, () => [r, g, b]).flat()];
  const raw = Uint8Array.from(Array.from({ length: 8 }, () => row).flat());
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(zlib.crc32(body) >>> 0, body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(8, 0);
  header.writeUInt32BE(8, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", new Uint8Array()),
  ]);
  return new Uint8Array(png);
}

function checklist(unmet: string[] = []): Record<string, { met: boolean; note?: string }> {
  return Object.fromEntries(
    ADMISSION_CONDITIONS.map((c) => [c.code, unmet.includes(c.code) ? { met: false, note: "现场核查未满足" } : { met: true }]),
  );
}

type Rows = {
  developers: Prisma.DeveloperCreateManyInput[];
  projects: Prisma.HousingProjectCreateManyInput[];
  buildings: Prisma.ProjectBuildingCreateManyInput[];
  units: Prisma.PropertyUnitCreateManyInput[];
  applications: Prisma.AdmissionApplicationCreateManyInput[];
  inspections: Prisma.SiteInspectionCreateManyInput[];
  photos: Prisma.InspectionPhotoCreateManyInput[];
  updates: Prisma.ConstructionUpdateCreateManyInput[];
  audits: Prisma.AuditEntryCreateManyInput[];
};

/**
 * Builds the projects' rows in memory from the as-of date alone (same as-of ⇒ same rows): eight
 * developers, fifteen projects in every admission and construction status with their buildings,
 * construction histories, applications, inspections (with photos) and agreements, and registry
 * units (unit numbers in zones 999xxx, which the registry seed never uses) for four projects.
 */
function buildRows(asOf: string, officerId: string): Rows {
  const rng = Rng.fork(SEED, "projects");
  const rows: Rows = {
    developers: [],
    projects: [],
    buildings: [],
    units: [],
    applications: [],
    inspections: [],
    photos: [],
    updates: [],
    audits: [],
  };
  const ids = {
    dev: new IdSequence("dev"),
    prj: new IdSequence("prj"),
    bld: new IdSequence("bld"),
    unit: new IdSequence("punit"),
    app: new IdSequence("zrsq"),
    insp: new IdSequence("insp"),
    photo: new IdSequence("iph"),
    upd: new IdSequence("cu"),
  };
  const numbers = {
    project: new Counter<number>(() => 1),
    application: new Counter<number>(() => 1),
    agreement: new Counter<number>(() => 1),
  };
  const at = (day: string, hour = 10) => stamp(day, hour, rng.int(0, 59));
  const audit = (
    projectId: string,
    day: string,
    action: string,
    fromState: string | null,
    toState: string | null,
    detail: Prisma.InputJsonValue = {},
  ) =>
    rows.audits.push({
      at: at(day, 17),
      actorId: officerId,
      action,
      entityType: "HousingProject",
      entityId: projectId,
      fromState,
      toState,
      detail,
    });

  DEVELOPERS.forEach(([name, region, legal, level], i) => {
    rows.developers.push({
      id: ids.dev.take(),
      creditCode: buildCreditCode(region, `7${pad(3100 + i * 37, 7)}`),
      name,
      legalRepresentative: legal,
      qualificationLevel: level,
      contactName: `${legal.slice(0, 1)}经理`,
      contactPhone: `025-8${pad(rng.int(0, 9_999_999), 7)}`,
      address: `南京市${name.includes("江北") ? "浦口区" : "玄武区"}${["中山路", "北京东路", "珠江路"][i % 3]}${rng.int(1, 399)}号`,
      createdAt: stamp(addDays(asOf, -1500 + i * 20), 9),
    });
  });

  PROJECTS.forEach((spec, index) => {
    const projectId = ids.prj.take();
    const created = addDays(asOf, -spec.age);
    const projectNo = `LP${yearOf(created)}${pad(numbers.project.take(yearOf(created)), 4)}`;
    const address = `南京市${spec.district}${spec.road}${rng.int(1, 499)}号${spec.name}`;
    const buildingCount = spec.withUnits ? 2 : rng.int(3, 8);
    let planned = 0;
    const buildings = Array.from({ length: buildingCount }, (_, b) => {
      const floors = spec.withUnits ? 6 : rng.pick([11, 18, 26, 33]);
      const unitCount = spec.withUnits ? 12 : floors * rng.int(2, 4);
      planned += unitCount;
      const row = { id: ids.bld.take(), projectId, buildingNo: `${b + 1}幢`, floors, unitCount };
      rows.buildings.push(row);
      return row;
    });

    // Construction history: registered not started; building ~4 months later; built ~2 years on.
    rows.updates.push({
      id: ids.upd.take(),
      projectId,
      status: "NOT_STARTED",
      asOf: dateValue(created),
      note: "楼盘登记",
      recordedById: officerId,
      createdAt: at(created),
    });
    const started = addDays(created, 120);
    if (spec.construction !== "NOT_STARTED")
      rows.updates.push({
        id: ids.upd.take(),
        projectId,
        status: "UNDER_CONSTRUCTION",
        asOf: dateValue(started),
        note: "取得施工许可证，正式开工",
        recordedById: officerId,
        createdAt: at(started),
      });
    if (spec.construction === "BUILT") {
      const built = addDays(asOf, -rng.int(60, 200));
      rows.updates.push({
        id: ids.upd.take(),
        projectId,
        status: "BUILT",
        asOf: dateValue(built),
        note: "竣工验收备案完成",
        recordedById: officerId,
        createdAt: at(built),
      });
    } else if (spec.construction === "UNDER_CONSTRUCTION") {
      const topped = addDays(asOf, -rng.int(30, 90));
      rows.updates.push({
        id: ids.upd.take(),
        projectId,
        status: "UNDER_CONSTRUCTION",
        asOf: dateValue(topped),
        note: "主体结构施工至地上三分之二",
        recordedById: officerId,
        createdAt: at(topped),
      });
    }
    audit(projectId, created, "PROJECT_CREATED", null, "NOT_APPLIED", { projectNo });

    // Inspections and applications by admission status.
    const inspect = (day: string, unmet: string[], findings: string) => {
      const inspectionId = ids.insp.take();
      rows.inspections.push({
        id: inspectionId,
        projectId,
        inspectedOn: dateValue(day),
        inspectorId: officerId,
        location: `${address}（项目现场）`,
        findings,
        checklist: checklist(unmet),
        passed: unmet.length === 0,
        createdAt: at(day, 15),
      });
      for (let k = 0; k < 2; k++) {
        const bytes = tinyPng(rng.int(0, 255), rng.int(0, 255), rng.int(0, 255));
        rows.photos.push({
          id: ids.photo.take(),
          inspectionId,
          filename: `${spec.name}-现场-${k + 1}.png`,
          mime: "image/png",
          size: bytes.byteLength,
          sha256: createHash("sha256").update(bytes).digest("hex"),
          bytes,
          caption: k === 0 ? "工程形象进度" : "售楼处公示",
          uploadedAt: at(day, 16),
        });
      }
    };
    const apply = (day: string) => {
      const application: Prisma.AdmissionApplicationCreateManyInput = {
        id: ids.app.take(),
        applicationNo: `ZRSQ${yearOf(day)}${pad(numbers.application.take(yearOf(day)), 4)}`,
        projectId,
        appliedOn: dateValue(day),
        applicantName: `${DEVELOPERS[spec.developer]![2].slice(0, 1)}经理`,
        checklist: {},
        decision: "PENDING",
        createdById: officerId,
        createdAt: at(day, 9),
      };
      rows.applications.push(application);
      audit(projectId, day, "PROJECT_ADMISSION_APPLIED", "NOT_APPLIED", "APPLIED", { applicationNo: application.applicationNo });
      return application;
    };
    let admittedOn: string | null = null;
    let agreementNo: string | null = null;
    const admit = (application: Prisma.AdmissionApplicationCreateManyInput, day: string) => {
      agreementNo = `ZRXY${yearOf(day)}${pad(numbers.agreement.take(yearOf(day)), 4)}`;
      admittedOn = day;
      Object.assign(application, {
        decision: "ADMITTED",
        decidedById: officerId,
        decidedAt: at(day, 16),
        checklist: checklist(),
        agreementNo,
        agreementSignedOn: dateValue(day),
        agreementPlace: `${address}（项目现场）`,
        note: "开发商签约代表：项目总经理",
      });
      audit(projectId, day, "PROJECT_ADMITTED", "APPLIED", "ADMITTED", { agreementNo });
    };
    const goodFindings = "主体结构已封顶，施工许可、预售许可与监管账户资料齐全，售楼处已公示五证。";
    const appliedDay = addDays(started, 150);
    switch (spec.admission) {
      case "ADMITTED":
      case "SUSPENDED": {
        const application = apply(appliedDay);
        inspect(addDays(appliedDay, 10), [], goodFindings);
        admit(application, addDays(appliedDay, 12));
        if (spec.admission === "SUSPENDED") {
          const suspended = addDays(asOf, -rng.int(20, 60));
          inspect(suspended, ["ESCROW_ACCOUNT", "NO_MAJOR_VIOLATIONS"], "发现预售款未全部进入监管账户，存在挪用风险，责令整改。");
          audit(projectId, suspended, "PROJECT_SUSPENDED", "ADMITTED", "SUSPENDED", { reason: "预售资金未按规定监管" });
        }
        break;
      }
      case "APPLIED": {
        // The end-to-end project was inspected once before it applied (that visit found the escrow
        // account missing); it needs a new inspection before it can be admitted.
        const day = spec.construction === "NOT_STARTED" ? addDays(asOf, -20) : addDays(asOf, -12);
        if (spec.name === E2E_PROJECT_NAME) inspect(addDays(day, -45), ["ESCROW_ACCOUNT"], "预售资金监管账户尚未开立，其余资料基本齐全。");
        if (spec.name === "江宁天元府")
          inspect(addDays(day, 3), ["PRESALE_PROGRESS"], "高层主体结构尚未达到地上三分之一，暂不满足预售条件。");
        apply(day);
        break;
      }
      case "REJECTED": {
        const day = spec.construction === "NOT_STARTED" ? addDays(asOf, -60) : addDays(appliedDay, 0);
        const application = apply(day);
        const unmet =
          spec.construction === "NOT_STARTED"
            ? ["CONSTRUCTION_PERMIT", "PRESALE_PERMIT", "PRESALE_PROGRESS"]
            : ["PRESALE_PERMIT", "STAGE_GUARANTEE_CONSENT"];
        inspect(addDays(day, 7), unmet, "现场核查发现准入必备条件不齐全。");
        Object.assign(application, {
          decision: "REJECTED",
          decidedById: officerId,
          decidedAt: at(addDays(day, 9), 16),
          note: "准入必备条件不齐全，整改后可重新申请",
        });
        audit(projectId, addDays(day, 9), "PROJECT_ADMISSION_REJECTED", "APPLIED", "REJECTED", { reason: "准入必备条件不齐全" });
        break;
      }
      case "NOT_APPLIED":
        break;
    }

    rows.projects.push({
      id: projectId,
      projectNo,
      name: spec.name,
      developerId: rows.developers[spec.developer]!.id!,
      district: spec.district,
      address,
      presalePermitNo: spec.construction === "NOT_STARTED" ? null : `宁房销第${yearOf(started)}${pad(100 + index * 7, 5)}号`,
      plannedUnits: planned,
      constructionStatus: spec.construction,
      admissionStatus: spec.admission,
      admittedOn: admittedOn ? dateValue(admittedOn) : null,
      agreementNo,
      version: 0,
      createdAt: at(created, 9),
      updatedAt: at(asOf, 8),
    });

    if (spec.withUnits) {
      const zone = `999${pad(index + 1, 3)}`;
      const builtYear = spec.construction === "BUILT" ? yearOf(asOf) : yearOf(asOf) + 1;
      for (const [b, building] of buildings.entries()) {
        for (let floor = 1; floor <= building.floors; floor++) {
          for (let position = 1; position <= 2; position++) {
            rows.units.push({
              id: ids.unit.take(),
              unitNo: `${spec.districtCode}${zone}GB${pad(index + 1, 5)}F${pad(b + 1, 4)}${pad((floor - 1) * 2 + position, 4)}`,
              district: spec.district,
              address: `${address}${building.buildingNo}${floor}${pad(position, 2)}室`,
              buildingArea: `${rng.int(85, 140)}.${pad(rng.int(0, 99), 2)}`,
              usage: "住宅",
              floor,
              totalFloors: building.floors,
              builtYear,
              projectId,
              buildingId: building.id,
            });
          }
        }
      }
    }
  });
  return rows;
}

/**
 * Seeds the housing projects (楼盘准入) into a database the main seed has just written, in the
 * caller's transaction: the PROJECT_OFFICER user project01, the demo new-home buyer (a depositor
 * with 36 months of contributions at the first employer, and a citizen sign-in), and the rows of
 * buildRows. Deterministic for an as-of date. Returns a one-line summary.
 */
export async function seedProjects(tx: Tx, asOf: string): Promise<string> {
  // One bcrypt hash with a fixed salt: re-seeding writes identical rows, the password is public.
  const passwordHash = bcrypt.hashSync(DEMO_PASSWORD, "$2b$10$ProjectOfficerDemoSalu");
  const since = stamp("2020-03-02", 9);
  const officerId = "puser_000001";
  await tx.user.create({
    data: {
      id: officerId,
      loginName: PROJECT_OFFICER.loginName,
      displayName: PROJECT_OFFICER.displayName,
      passwordHash,
      roles: ["PROJECT_OFFICER"],
      createdAt: since,
      updatedAt: since,
    },
  });
  await seedBuyer(tx, asOf, passwordHash);

  const rows = buildRows(asOf, officerId);
  await tx.developer.createMany({ data: rows.developers });
  await tx.housingProject.createMany({ data: rows.projects });
  await tx.projectBuilding.createMany({ data: rows.buildings });
  await tx.propertyUnit.createMany({ data: rows.units });
  await tx.admissionApplication.createMany({ data: rows.applications });
  await tx.siteInspection.createMany({ data: rows.inspections });
  await tx.inspectionPhoto.createMany({ data: rows.photos });
  await tx.constructionUpdate.createMany({ data: rows.updates });
  await tx.auditEntry.createMany({ data: [...rows.audits].sort((a, b) => (a.at as Date).getTime() - (b.at as Date).getTime()) });
  return `${rows.developers.length} developers, ${rows.projects.length} projects, ${rows.units.length} project units, ${rows.inspections.length} inspections; sign in as ${PROJECT_OFFICER.loginName}; new-home buyer ${NEW_HOME_BUYER.idNumber} (${NEW_HOME_BUYER.name})`;
}

/** The demo new-home buyer: single, no home, 36 months of contributions on a ¥12,000 base. */
async function seedBuyer(tx: Tx, asOf: string, passwordHash: string): Promise<void> {
  if (await tx.depositor.findUnique({ where: { idNumber: NEW_HOME_BUYER.idNumber }, select: { id: true } })) {
    throw new Error(`seed: the new-home buyer's ID number ${NEW_HOME_BUYER.idNumber} is taken; pick another sequence`);
  }
  const employer = await tx.employer.findFirst({ orderBy: { id: "asc" }, select: { id: true } });
  if (!employer) throw new Error("seed: seedProjects runs after the main seed (no employer yet)");
  const lastMonth = monthIndex(asOf) - 1;
  const firstMonth = lastMonth - 35;
  const depositorId = "pdep_000001";
  const accountId = "pacct_000001";
  const monthly = "1440.00"; // 12 % of ¥12,000 each side
  const opened = stamp(monthStart(firstMonth), 9);
  await tx.depositor.create({
    data: {
      id: depositorId,
      idNumber: NEW_HOME_BUYER.idNumber,
      name: NEW_HOME_BUYER.name,
      gender: "FEMALE",
      birthDate: dateValue("1991-03-08"),
      phone: "13951860986",
      maritalStatus: "SINGLE",
      employerId: employer.id,
      monthlyIncome: "16800.00",
      createdAt: opened,
    },
  });
  const balance = money(monthly)
    .times(2 * 36)
    .toFixed(2);
  await tx.depositAccount.create({
    data: {
      id: accountId,
      accountNo: "320190000001",
      depositorId,
      employerId: employer.id,
      balance,
      contributionBase: "12000.00",
      employerRatePercent: "12.00",
      personalRatePercent: "12.00",
      openedOn: dateValue(monthStart(firstMonth)),
      version: 36,
    },
  });
  const months = Array.from({ length: 36 }, (_, i) => monthStart(firstMonth + i));
  await tx.contribution.createMany({
    data: months.map((month) => ({
      accountId,
      employerId: employer.id,
      month: dateValue(month),
      base: "12000.00",
      employerAmount: monthly,
      personalAmount: monthly,
      postedAt: stamp(addDays(month, 14), 10),
    })),
  });
  await tx.ledgerEntry.createMany({
    data: months.map((month, i) => ({
      accountId,
      kind: "CONTRIBUTION" as const,
      amount: money(monthly).times(2).toFixed(2),
      balanceAfter: money(monthly)
        .times(2 * (i + 1))
        .toFixed(2),
      valueDate: dateValue(addDays(month, 14)),
      postedAt: stamp(addDays(month, 14), 10),
      reference: `CTB${month.slice(0, 7).replace("-", "")}`,
    })),
  });
  await tx.user.create({
    data: {
      id: "puser_000002",
      loginName: NEW_HOME_BUYER.idNumber,
      displayName: NEW_HOME_BUYER.name,
      passwordHash,
      roles: ["CITIZEN"],
      depositorId,
      createdAt: opened,
      updatedAt: opened,
    },
  });
}
