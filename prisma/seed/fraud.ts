import { createHash } from "node:crypto";
import type { Prisma } from "../../lib/generated/prisma/client";
import { banEndsOn } from "../../lib/fraud/blacklist-rule";
import { medicalFingerprint, normalizeMedicalRecord, type MedicalRecordInput } from "../../lib/fraud/medical-record";
import { buildResidentId } from "../../lib/identity/resident-id";
import { addDays, dateValue, stamp } from "./clock";
import { DEMO_CITIZENS } from "./demo-accounts";

/**
 * The anti-fraud demo scenarios (issue 6), written after the demo data in the same transaction:
 * deed-tax invoices for every registered purchase, a forged certificate, two critical-illness
 * claims with one hospital record under different names (the second HELD), a home traded twice in
 * 12 months, a purchase held for an unknown invoice, a blacklisted person (and a lifted ban), staff
 * ID numbers with a declared relative, and a teller whose window work carries many flags.
 * Deterministic: fixed people (region 320121, which the generated people never use), fixed unit and
 * certificate numbers, every date derived from the as-of date.
 */

type Tx = Prisma.TransactionClient;

const REGION = "320121";
const person = (name: string, birth: string, seq: number) => ({
  name,
  idNumber: buildResidentId(REGION, birth, seq),
  birth,
  male: seq % 2 === 1,
});

/** The scenario people; tests and the README refer to them. */
export const FRAUD_PEOPLE = {
  /** Claimed a critical illness months ago (paid). */
  illnessOriginal: person("孟庆华", "1975-03-08", 11),
  /** Copied 孟庆华's hospital record under his own name: HELD, flagged. The e2e test blacklists him. */
  illnessCopy: person("邵志刚", "1979-11-21", 13),
  /** Presented a certificate whose registered owner is someone else: refused, flagged. */
  forger: person("韩雪梅", "1986-05-17", 22),
  /** Owns a home traded twice within 12 months. */
  flipBuyer: person("田国栋", "1983-09-02", 15),
  /** Banned for five years. */
  banned: person("蒋丽萍", "1981-12-30", 24),
  /** Bought a home, typed an invoice number the tax authority does not know: HELD. */
  invoiceUnknown: person("曹建军", "1977-07-14", 17),
  /** The person teller02 is (刘洋 is also a depositor). */
  tellerHimself: person("刘洋", "1990-04-09", 19),
  /** teller01's declared relative (father). */
  tellerRelative: person("陈建国", "1962-02-11", 21),
  /** Banned once; an ADMIN lifted it. */
  liftedBan: person("石磊", "1984-08-25", 23),
} as const;

/** Owners outside the fund: the forged certificate's real owner and the flipped home's sellers. */
export const FRAUD_SELLERS = {
  forgeryOwner: person("严伟", "1970-06-06", 31),
  flipFirst: person("孙立新", "1972-01-01", 33),
  flipSecond: person("钱蕾", "1988-10-10", 26),
} as const;

const STAFF_IDS: Record<string, { birth: string; seq: number } | "tellerHimself"> = {
  admin: { birth: "1972-04-18", seq: 41 },
  teller01: { birth: "1988-03-15", seq: 42 },
  teller02: "tellerHimself",
  reviewer01: { birth: "1985-10-02", seq: 44 },
  reviewer02: { birth: "1980-07-23", seq: 45 },
  risk01: { birth: "1983-01-29", seq: 47 },
  supervisor: { birth: "1976-09-09", seq: 48 },
};

const UNIT = (n: number) => `320199999999GB99999F0001${String(n).padStart(4, "0")}`;
const CERT = (year: string, n: number) => `苏(${year})南京市不动产权第${String(9000000 + n).padStart(7, "0")}号`;

/** The illness record both claims carry (the copy differs only in how it was typed). */
export const SHARED_MEDICAL_RECORD = (asOf: string): MedicalRecordInput => ({
  hospital: "南京市第一医院",
  admissionDate: addDays(asOf, -150),
  dischargeDate: addDays(asOf, -128),
  diagnosis: "急性心肌梗死（经皮冠状动脉介入治疗术后）",
  totalAmount: "186500.00",
});

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n% ${text}\n%%EOF\n`);
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** A depositor with an account (one opening transfer-in), signing in with the demo password. */
async function insertPerson(
  tx: Tx,
  key: string,
  p: ReturnType<typeof person>,
  employerId: string,
  money: { balance: string; opening: string },
  passwordHash: string,
  asOf: string,
) {
  const { balance, opening } = money;
  const id = `fraud_dep_${key}`;
  await tx.depositor.create({
    data: {
      id,
      idNumber: p.idNumber,
      name: p.name,
      gender: p.male ? "MALE" : "FEMALE",
      birthDate: dateValue(p.birth),
      phone: `1390000${String(p.idNumber.slice(14, 17)).padStart(4, "0")}`,
      maritalStatus: "MARRIED",
      employerId,
      monthlyIncome: "9800.00",
      createdAt: stamp("2015-03-02", 9),
    },
  });
  await tx.depositAccount.create({
    data: {
      id: `fraud_acc_${key}`,
      accountNo: `32019${p.idNumber.slice(10, 17)}`,
      depositorId: id,
      employerId,
      balance,
      contributionBase: "9800.00",
      employerRatePercent: "12.00",
      personalRatePercent: "12.00",
      openedOn: dateValue("2015-03-02"),
    },
  });
  await tx.ledgerEntry.create({
    data: {
      accountId: `fraud_acc_${key}`,
      kind: "TRANSFER_IN",
      amount: opening,
      balanceAfter: opening,
      valueDate: dateValue(addDays(asOf, -400)),
      postedAt: stamp(addDays(asOf, -400), 10),
      note: "账户转入",
    },
  });
  await tx.user.create({
    data: {
      id: `fraud_user_${key}`,
      loginName: p.idNumber,
      displayName: p.name,
      passwordHash,
      roles: ["CITIZEN"],
      depositorId: id,
      createdAt: stamp("2015-03-02", 9),
      updatedAt: stamp("2015-03-02", 9),
    },
  });
  return id;
}

/** A unit with its certificates in order (the last one VALID, earlier ones cancelled by transfers). */
async function insertUnit(
  tx: Tx,
  n: number,
  area: string,
  certs: { issuedOn: string; owner: { idNumber: string; name: string }; price: string }[],
) {
  const unitId = `fraud_unit_${n}`;
  await tx.propertyUnit.create({
    data: {
      id: unitId,
      unitNo: UNIT(n),
      district: "江宁区",
      address: `南京市江宁区天元中路${100 + n}号翠屏城${n}幢${n}01室`,
      buildingArea: area,
      usage: "住宅",
      floor: n,
      totalFloors: 18,
      builtYear: 2012,
    },
  });
  for (const [i, c] of certs.entries()) {
    const certId = `fraud_cert_${n}_${i}`;
    const valid = i === certs.length - 1;
    await tx.realEstateCertificate.create({
      data: {
        id: certId,
        certNo: CERT(c.issuedOn.slice(0, 4), n * 10 + i),
        unitId,
        status: valid ? "VALID" : "CANCELLED",
        issuedOn: dateValue(c.issuedOn),
        purchasePrice: c.price,
      },
    });
    await tx.propertyOwner.create({
      data: { id: `fraud_own_${n}_${i}`, certificateId: certId, idNumber: c.owner.idNumber, name: c.owner.name, sharePercent: "100.00" },
    });
  }
  return { unitNo: UNIT(n), certNo: (i: number) => CERT(certs[i]!.issuedOn.slice(0, 4), n * 10 + i) };
}

/** Deed tax for every registered purchase: paid two days before registration by the first owner. */
async function insertTaxInvoices(tx: Tx): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO "TaxInvoice" ("invoiceNo", "buyerIdNumber", "buyerName", "unitNo", "taxAmount", "issuedOn", authority)
    SELECT DISTINCT ON (c.id) 'QS' || to_char(c."issuedOn", 'YYYY') || substring(c."certNo" from '第([0-9]+)号'), o."idNumber", o.name, u."unitNo",
           round(c."purchasePrice" * CASE WHEN u."buildingArea" <= 90 THEN 0.01 ELSE 0.015 END, 2), c."issuedOn" - 2, '国家税务总局南京市' || u.district || '税务局'
      FROM "RealEstateCertificate" c JOIN "PropertyUnit" u ON u.id = c."unitId" JOIN "PropertyOwner" o ON o."certificateId" = c.id
     ORDER BY c.id, o."sharePercent" DESC, o.id`;
}

export const invoiceNoFor = (certNo: string) => `QS${/\((\d{4})\)/.exec(certNo)![1]}${/第(\d+)号/.exec(certNo)![1]}`;

type WithdrawalSpec = {
  key: string;
  depositorId: string;
  reasonCode: string;
  amount: string;
  claim: Record<string, string>;
  status: "HELD" | "PAID" | "REJECTED";
  on: string;
  by: string;
  channel: "ONLINE" | "WINDOW";
  windowId: string | null;
  docs: [string, Uint8Array][];
  decidedBy?: string;
  reviewNote?: string;
};

async function insertWithdrawal(tx: Tx, s: WithdrawalSpec, n: number): Promise<string> {
  const id = `fraud_wd_${s.key}`;
  const at = stamp(s.on, 10, n);
  await tx.withdrawal.create({
    data: {
      id,
      withdrawalNo: `TQ${s.on.replaceAll("-", "")}FD${String(n).padStart(6, "0")}`,
      accountId: (await tx.depositAccount.findUniqueOrThrow({ where: { depositorId: s.depositorId }, select: { id: true } })).id,
      depositorId: s.depositorId,
      reasonCode: s.reasonCode,
      amount: s.amount,
      claim: s.claim,
      status: s.status,
      channel: s.channel,
      windowId: s.windowId,
      bankName: "中国建设银行南京分行",
      bankAccount: `62170000000${String(n).padStart(8, "0")}`,
      idempotencyKey: `seed:fraud:${s.key}`,
      inFlightKey: s.status === "HELD" ? `${s.depositorId}:${s.reasonCode}` : null,
      submittedById: s.by,
      submittedAt: at,
      decideBy: dateValue(addDays(s.on, 5)),
      ...(s.status !== "HELD"
        ? { decidedById: s.decidedBy ?? s.by, decidedAt: stamp(addDays(s.on, 1), 15), reviewNote: s.reviewNote ?? null }
        : {}),
      ...(s.status === "PAID" ? { paidById: s.by, paidAt: stamp(addDays(s.on, 2), 11), payoutRef: `CCB-SEED-${n}` } : {}),
    },
  });
  for (const [kind, bytes] of s.docs) {
    await tx.uploadedDocument.create({
      data: {
        id: `${id}_${kind}`,
        withdrawalId: id,
        kind,
        filename: `${kind}.pdf`,
        mime: "application/pdf",
        size: bytes.byteLength,
        sha256: sha(bytes),
        bytes: new Uint8Array(bytes),
        uploadedById: s.by,
        uploadedAt: at,
      },
    });
  }
  await tx.auditEntry.create({
    data: {
      at,
      actorId: s.by,
      windowId: s.windowId,
      action: s.status === "HELD" ? "WITHDRAWAL_HELD" : "WITHDRAWAL_SUBMITTED",
      entityType: "Withdrawal",
      entityId: id,
      toState: s.status === "HELD" ? "HELD" : "SUBMITTED",
      detail: { reasonCode: s.reasonCode, amount: s.amount, channel: s.channel, seed: true },
    },
  });
  if (s.status !== "HELD") {
    await tx.auditEntry.create({
      data: {
        at: stamp(addDays(s.on, 1), 15),
        actorId: s.decidedBy ?? s.by,
        action: s.status === "PAID" ? "WITHDRAWAL_PAID" : "WITHDRAWAL_REJECTED",
        entityType: "Withdrawal",
        entityId: id,
        fromState: "SUBMITTED",
        toState: s.status,
        detail: { seed: true },
      },
    });
  }
  return id;
}

async function insertIllness(tx: Tx, withdrawalId: string, depositorId: string, record: MedicalRecordInput, on: string) {
  const n = normalizeMedicalRecord(record);
  await tx.medicalRecordFingerprint.create({
    data: {
      id: `${withdrawalId}_fp`,
      withdrawalId,
      depositorId,
      hospital: n.hospital,
      admissionDate: dateValue(n.admissionDate),
      dischargeDate: dateValue(n.dischargeDate),
      diagnosis: n.diagnosis,
      totalAmount: n.totalAmount,
      fingerprint: medicalFingerprint(record),
      createdAt: stamp(on, 10),
    },
  });
}

const illnessClaim = (r: MedicalRecordInput, outOfPocket: string) => ({
  outOfPocket,
  hospital: r.hospital,
  admissionDate: r.admissionDate,
  dischargeDate: r.dischargeDate,
  diagnosis: r.diagnosis,
  medicalTotal: r.totalAmount,
});
const docsFor = (name: string, extra: [string, Uint8Array][]): [string, Uint8Array][] => [
  ["ID_CARD", pdf(`${name} 身份证`)],
  ["BANK_CARD", pdf(`${name} 银行卡`)],
  ...extra,
];

/**
 * Writes the scenarios into a database that already holds the demo data (users admin, teller01,
 * teller02, teller05, teller07, risk01; windows 1–10; at least one employer and 400 depositors).
 */
export async function seedFraudScenarios(tx: Tx, asOf: string): Promise<{ summary: string }> {
  const staff = new Map(
    (
      await tx.user.findMany({ where: { NOT: { roles: { has: "CITIZEN" } } }, select: { id: true, loginName: true, passwordHash: true } })
    ).map((u) => [u.loginName, u]),
  );
  const windows = new Map((await tx.serviceWindow.findMany({ select: { id: true, number: true } })).map((w) => [w.number, w.id]));
  const employer = await tx.employer.findFirstOrThrow({ orderBy: { creditCode: "asc" }, select: { id: true } });
  const userId = (login: string) => staff.get(login)!.id;
  const hash = staff.get("admin")!.passwordHash;
  const P = FRAUD_PEOPLE;
  const dep: Record<string, string> = {};
  const balances: Record<keyof typeof P, string> = {
    illnessOriginal: "11250.00",
    illnessCopy: "38000.00",
    forger: "64000.00",
    flipBuyer: "85000.00",
    banned: "52000.00",
    invoiceUnknown: "73000.00",
    tellerHimself: "41000.00",
    tellerRelative: "26000.00",
    liftedBan: "30000.00",
  };
  for (const key of Object.keys(P) as (keyof typeof P)[]) {
    // 孟庆华 had 50,000.00 more before his illness withdrawal was paid.
    const opening = key === "illnessOriginal" ? "61250.00" : balances[key];
    dep[key] = await insertPerson(tx, key, P[key], employer.id, { balance: balances[key], opening }, hash, asOf);
  }

  // Staff ID numbers (insider control) and teller01's declared father.
  for (const [login, spec] of Object.entries(STAFF_IDS)) {
    const idNumber = spec === "tellerHimself" ? P.tellerHimself.idNumber : buildResidentId(REGION, spec.birth, spec.seq);
    if (staff.has(login)) await tx.user.update({ where: { id: userId(login) }, data: { idNumber } });
  }
  await tx.staffRelative.create({
    data: {
      id: "fraud_rel_1",
      userId: userId("teller01"),
      idNumber: P.tellerRelative.idNumber,
      name: P.tellerRelative.name,
      relation: "父亲",
      declaredAt: stamp("2024-01-08", 9),
    },
  });

  // Homes: a forged certificate's real unit, a home flipped twice in 12 months, ordinary purchases.
  const forged = await insertUnit(tx, 1, "96.40", [{ issuedOn: "2022-06-15", owner: FRAUD_SELLERS.forgeryOwner, price: "2860000.00" }]);
  await insertUnit(tx, 2, "58.70", [
    { issuedOn: addDays(asOf, -300), owner: FRAUD_SELLERS.flipFirst, price: "1320000.00" },
    { issuedOn: addDays(asOf, -150), owner: FRAUD_SELLERS.flipSecond, price: "1410000.00" },
    { issuedOn: addDays(asOf, -40), owner: P.flipBuyer, price: "1530000.00" },
  ]);
  const caoHome = await insertUnit(tx, 3, "88.20", [{ issuedOn: addDays(asOf, -60), owner: P.invoiceUnknown, price: "2140000.00" }]);
  await insertUnit(tx, 4, "102.50", [{ issuedOn: "2023-04-20", owner: P.banned, price: "2480000.00" }]);
  await insertUnit(tx, 5, "76.00", [{ issuedOn: "2021-09-09", owner: P.forger, price: "1900000.00" }]);
  const invoices = await insertTaxInvoices(tx);

  // Two illness claims with one record: 孟庆华's was paid, 邵志刚's copy is HELD.
  const record = SHARED_MEDICAL_RECORD(asOf);
  const paidOn = addDays(asOf, -120);
  const original = await insertWithdrawal(
    tx,
    {
      key: "illness1",
      depositorId: dep.illnessOriginal!,
      reasonCode: "09",
      amount: "50000.00",
      claim: illnessClaim(record, "92300.00"),
      status: "PAID",
      on: paidOn,
      by: userId("teller02"),
      channel: "WINDOW",
      windowId: windows.get(2) ?? null,
      docs: docsFor("孟庆华", [
        ["DIAGNOSIS", pdf("孟庆华 诊断证明 急性心肌梗死")],
        ["MEDICAL_INVOICE", pdf("孟庆华 医疗费用发票 186500.00")],
      ]),
    },
    1,
  );
  await tx.ledgerEntry.create({
    data: {
      accountId: "fraud_acc_illnessOriginal",
      kind: "WITHDRAWAL",
      amount: "-50000.00",
      balanceAfter: "11250.00",
      valueDate: dateValue(addDays(paidOn, 2)),
      postedAt: stamp(addDays(paidOn, 2), 11),
      reference: "TQ-SEED",
      note: "本人及家庭成员患重大疾病提取",
    },
  });
  await insertIllness(tx, original, dep.illnessOriginal!, record, paidOn);
  const copyRecord = { ...record, hospital: " 南京市第一医院", diagnosis: "急性心肌梗死(经皮冠状动脉介入治疗术后)" };
  const copyOn = addDays(asOf, -3);
  const copy = await insertWithdrawal(
    tx,
    {
      key: "illness2",
      depositorId: dep.illnessCopy!,
      reasonCode: "09",
      amount: "30000.00",
      claim: illnessClaim(copyRecord, "92300.00"),
      status: "HELD",
      on: copyOn,
      by: `fraud_user_illnessCopy`,
      channel: "ONLINE",
      windowId: null,
      docs: docsFor("邵志刚", [
        ["DIAGNOSIS", pdf("邵志刚 诊断证明 急性心肌梗死")],
        ["MEDICAL_INVOICE", pdf("邵志刚 医疗费用发票 186500.00")],
      ]),
    },
    2,
  );
  await insertIllness(tx, copy, dep.illnessCopy!, copyRecord, copyOn);

  // 曹建军's purchase: his real invoice is QS…, he typed one the authority never issued.
  const cao = await insertWithdrawal(
    tx,
    {
      key: "purchase1",
      depositorId: dep.invoiceUnknown!,
      reasonCode: "01",
      amount: "60000.00",
      status: "HELD",
      on: addDays(asOf, -2),
      by: userId("teller05"),
      channel: "WINDOW",
      windowId: windows.get(5) ?? null,
      claim: {
        purchasePrice: "2140000.00",
        propertyCertNo: caoHome.certNo(0),
        propertyOwner: P.invoiceUnknown.name,
        propertyArea: "88.20",
        propertyRegisteredOn: addDays(asOf, -60),
        deedTaxInvoiceNo: "QS2026X9900001",
      },
      docs: docsFor("曹建军", [
        ["PURCHASE_CONTRACT", pdf("曹建军 购房合同")],
        ["PAYMENT_INVOICE", pdf("曹建军 购房发票")],
      ]),
    },
    3,
  );

  const flags: Prisma.FraudFlagCreateManyInput[] = [
    {
      kind: "DUPLICATE_MEDICAL_RECORD",
      withdrawalId: copy,
      depositorId: dep.illnessCopy!,
      reason: "病历资料与其他 1 笔重大疾病提取申请相同，申请人不同",
      detail: {
        fingerprint: medicalFingerprint(record),
        documentHashes: [],
        matches: [{ withdrawalId: original, depositorId: dep.illnessOriginal!, via: ["FINGERPRINT"] }],
      },
      createdAt: stamp(copyOn, 10, 2),
    },
    {
      kind: "INVOICE_NOT_FOUND",
      withdrawalId: cao,
      depositorId: dep.invoiceUnknown!,
      handledById: userId("teller05"),
      windowId: windows.get(5) ?? null,
      reason: "税务机关未查到该契税完税凭证（QS2026X9900001）",
      detail: { invoiceNo: "QS2026X9900001", problem: "NOT_FOUND", invoice: null },
      createdAt: stamp(addDays(asOf, -2), 10, 3),
    },
    {
      kind: "REGISTRY_MISMATCH",
      depositorId: dep.forger!,
      reason: "购房提取所附不动产权证书与登记簿不符：申请人不是该不动产登记的权利人；所填权利人与不动产登记簿记载不符",
      createdAt: stamp(addDays(asOf, -6), 15, 20),
      detail: {
        reasonCode: "01",
        claimed: { certNo: forged.certNo(0), ownerName: P.forger.name, area: "96.40", registeredOn: "2022-06-15" },
        registered: {
          certNo: forged.certNo(0),
          owners: [{ name: FRAUD_SELLERS.forgeryOwner.name, idNumber: FRAUD_SELLERS.forgeryOwner.idNumber }],
          unitNo: forged.unitNo,
          buildingArea: "96.40",
          issuedOn: "2022-06-15",
          status: "VALID",
        },
        mismatches: [
          { code: "APPLICANT_NOT_OWNER" },
          { code: "OWNER_NAME", claimed: P.forger.name, registered: FRAUD_SELLERS.forgeryOwner.name },
        ],
      },
    },
  ];
  // teller07's window: four refused certificates in a month besides six rent claims he took (rejected
  // for leases the housing bureau never filed): far above the center's rate of flags per case.
  const demo = DEMO_CITIZENS.map((c) => c.loginName);
  const others = await tx.depositor.findMany({
    where: { idNumber: { notIn: demo, not: { startsWith: REGION } } },
    orderBy: { idNumber: "asc" },
    skip: 300,
    take: 10,
    select: { id: true, name: true },
  });
  for (const [i, o] of others.slice(0, 4).entries()) {
    flags.push({
      kind: "REGISTRY_MISMATCH",
      depositorId: o.id,
      handledById: userId("teller07"),
      windowId: windows.get(7) ?? null,
      reason: "购房提取所附不动产权证书与登记簿不符：所填建筑面积与不动产登记簿记载不符",
      detail: { reasonCode: "01", seed: true, applicant: o.name },
      createdAt: stamp(addDays(asOf, -25 + i * 6), 11, i),
    });
  }
  for (const [i, o] of others.slice(4).entries()) {
    const on = addDays(asOf, -40 + i * 5);
    await insertWithdrawal(
      tx,
      {
        key: `rent7_${i}`,
        depositorId: o.id,
        reasonCode: "07",
        amount: "3000.00",
        claim: { monthlyRent: "1500.00", months: "2" },
        status: "REJECTED",
        on,
        by: userId("teller07"),
        channel: "WINDOW",
        windowId: windows.get(7) ?? null,
        docs: [],
        decidedBy: userId("teller03"),
        reviewNote: "租赁合同未在住房租赁监管平台备案",
      },
      10 + i,
    );
  }
  // Fixed ids, like the rest of the seed: same as-of, same rows.
  await tx.fraudFlag.createMany({ data: flags.map((f, i) => ({ ...f, id: `fraud_flag_${i + 1}` })) });

  // The blacklist: 蒋丽萍 banned for 5 years; 石磊's ban lifted by an ADMIN.
  const bannedOn = addDays(asOf, -200);
  const liftedStart = addDays(asOf, -800);
  await tx.blacklistEntry.createMany({
    data: [
      {
        id: "fraud_ban_1",
        idNumber: P.banned.idNumber,
        name: P.banned.name,
        depositorId: dep.banned!,
        reason: "伪造购房合同骗提住房公积金",
        evidence: "虚假购房合同及收款收据；开发商书面证明未签订该合同",
        decidedById: userId("risk01"),
        startsOn: dateValue(bannedOn),
        endsOn: dateValue(banEndsOn(bannedOn, 5)),
        createdAt: stamp(bannedOn, 16),
      },
      {
        id: "fraud_ban_2",
        idNumber: P.liftedBan.idNumber,
        name: P.liftedBan.name,
        depositorId: dep.liftedBan!,
        reason: "以虚假租赁合同提取住房公积金",
        evidence: "租赁合同出租人身份不实",
        decidedById: userId("risk01"),
        startsOn: dateValue(liftedStart),
        endsOn: dateValue(banEndsOn(liftedStart, 5)),
        createdAt: stamp(liftedStart, 16),
        liftedAt: stamp(addDays(asOf, -30), 10),
        liftedById: userId("admin"),
        liftReason: "行政复议撤销原认定",
      },
    ],
  });
  await tx.auditEntry.createMany({
    data: [
      {
        at: stamp(bannedOn, 16),
        actorId: userId("risk01"),
        action: "BLACKLIST_ADDED",
        entityType: "BlacklistEntry",
        entityId: "fraud_ban_1",
        toState: "ACTIVE",
        detail: { idNumber: P.banned.idNumber, years: 5, seed: true },
      },
      {
        at: stamp(addDays(asOf, -30), 10),
        actorId: userId("admin"),
        action: "BLACKLIST_LIFTED",
        entityType: "BlacklistEntry",
        entityId: "fraud_ban_2",
        fromState: "ACTIVE",
        toState: "LIFTED",
        detail: { seed: true },
      },
    ],
  });
  return {
    summary: `anti-fraud: ${invoices} deed-tax invoices, ${flags.length} fraud flags, 2 blacklist entries, ${Object.keys(P).length} scenario people`,
  };
}
