/**
 * Benchmark (not a test): the anti-fraud checks a withdrawal runs at application time, with
 * 1,000,000 past withdrawals in the database (100,000 critical-illness claims with their medical
 * fingerprints and 200,000 uploaded hospital files, 200,000 purchases naming certificates),
 * 100,000 depositors, 100,000 registered homes (2,000 traded three times in a year) with their
 * deed-tax invoices, and 10,000 blacklist entries. Target: p95 ≤ 20 ms.
 *
 *   npm run bench:fraud                  # on a throwaway embedded PostgreSQL (HPF_TEST_PG_PORT)
 *   BENCH_APPLICATIONS=200 npm run bench:fraud
 *
 * The data is written set-based (INSERT … SELECT generate_series), then ANALYZEd. Timed, one after
 * another: "checks" = everything submitWithdrawal checks beyond the reason's amount rules (the
 * blacklist, the teller's insider ties, and lib/fraud/screen-withdrawal: registry, repeat trade and
 * deed-tax invoice for a purchase, fingerprint and file hashes against every past illness claim),
 * in one read-only transaction; "submit" = the whole submitWithdrawal at a window (checks, rules,
 * the writes, flags, the audit row). Half purchases, half illnesses; one in ten of each is caught.
 */
import { provideTestPostgres } from "../setup/test-postgres";
import { TEMPLATE_DB, prepareTemplate } from "../setup/test-databases";
import { dropDatabase, recreateDatabase } from "../setup/pg-admin";

const APPLICATIONS = Number(process.env.BENCH_APPLICATIONS ?? 500);
const WARMUP = 20;
const PAST = 1_000_000;
const PEOPLE = 100_000;
const BENCH_DB = "hpf_bench_fraud";

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

async function fill(): Promise<void> {
  const { db } = await import("@/lib/db");
  const steps: [string, string][] = [
    [
      "center, employer, teller",
      `
      INSERT INTO "FundCenter" (id, code, name, city) VALUES ('bc', 'B320100', '基准测试中心', '南京');
      INSERT INTO "ServiceWindow" (id, "centerId", number, name) VALUES ('bwin', 'bc', 1, '1号窗口');
      INSERT INTO "Employer" (id, "centerId", "creditCode", name, address, "contactPhone") VALUES ('be', 'bc', '91320100BENCH0001X', '基准单位', '南京', '025');
      INSERT INTO "User" (id, "loginName", "displayName", "passwordHash", roles, "idNumber", "updatedAt") VALUES ('bteller', 'bench-teller', '柜员', 'x', '{TELLER}', '320121198001010011', now());
      INSERT INTO "StaffRelative" (id, "userId", "idNumber", name, relation) SELECT 'brel' || g, 'bteller', '3201219' || lpad(g::text, 11, '0'), '亲属', '父亲' FROM generate_series(1, 3) g;`,
    ],
    [
      "100,000 depositors and accounts",
      `
      INSERT INTO "Depositor" (id, "idNumber", name, gender, "birthDate", phone, "maritalStatus", "employerId", "monthlyIncome")
        SELECT 'bd' || g, '3201' || lpad(g::text, 14, '0'), 'B' || g, 'MALE', '1985-01-01', '13900000000', 'SINGLE', 'be', 9000 FROM generate_series(1, ${PEOPLE}) g;
      INSERT INTO "DepositAccount" (id, "accountNo", "depositorId", "employerId", balance, "contributionBase", "employerRatePercent", "personalRatePercent", "openedOn", "updatedAt")
        SELECT 'ba' || g, 'B' || lpad(g::text, 11, '0'), 'bd' || g, 'be', 500000, 9000, 12, 12, '2015-01-01', now() FROM generate_series(1, ${PEOPLE}) g;
      INSERT INTO "SimulatedBankAccount" ("accountNo", "holderName", balance, "updatedAt")
        SELECT '6217' || lpad(g::text, 15, '0'), 'B' || g, 0, now() FROM generate_series(1, ${PEOPLE}) g;`,
    ],
    [
      "100,000 homes, certificates (every 50th traded three times this year), owners, invoices",
      `
      INSERT INTO "PropertyUnit" (id, "unitNo", district, address, "buildingArea", usage, floor, "totalFloors", "builtYear")
        SELECT 'bu' || g, 'BU' || lpad(g::text, 26, '0'), '江宁区', '基准路' || g || '号', 60 + g % 80, '住宅', 1 + g % 18, 18, 2012 FROM generate_series(1, ${PEOPLE}) g;
      INSERT INTO "RealEstateCertificate" (id, "certNo", "unitId", status, "issuedOn", "purchasePrice")
        SELECT 'bcert' || g || '_' || t, 'BC' || g || '-' || t, 'bu' || g, CASE WHEN t = 3 THEN 'VALID' ELSE 'CANCELLED' END::"CertificateStatus",
               CASE WHEN g % 50 = 0 THEN current_date - (300 - t * 100) ELSE current_date - (4000 - t * 1000) END, 1500000
          FROM generate_series(1, ${PEOPLE}) g, generate_series(1, 3) t WHERE t = 3 OR g % 50 = 0;
      INSERT INTO "PropertyOwner" (id, "certificateId", "idNumber", name, "sharePercent")
        SELECT 'bo' || c.id, c.id, d."idNumber", d.name, 100 FROM "RealEstateCertificate" c JOIN "Depositor" d ON d.id = 'bd' || substring(c."unitId" from 3) WHERE c.id LIKE 'bcert%';
      INSERT INTO "TaxInvoice" ("invoiceNo", "buyerIdNumber", "buyerName", "unitNo", "taxAmount", "issuedOn", authority)
        SELECT 'BQS' || substring(c."certNo" from 3), o."idNumber", o.name, u."unitNo", 15000, c."issuedOn", '税务局'
          FROM "RealEstateCertificate" c JOIN "PropertyOwner" o ON o."certificateId" = c.id JOIN "PropertyUnit" u ON u.id = c."unitId" WHERE c.id LIKE 'bcert%';`,
    ],
    [
      "10,000 blacklist entries",
      `
      INSERT INTO "BlacklistEntry" (id, "idNumber", name, reason, evidence, "decidedById", "startsOn", "endsOn")
        SELECT 'bban' || g, '3209' || lpad(g::text, 14, '0'), '某', '骗提', '证据', 'bteller', current_date - 100, current_date + 1700 FROM generate_series(1, 10000) g;`,
    ],
    [
      `${PAST.toLocaleString("en")} past withdrawals (10 % illness, 20 % purchase)`,
      `
      INSERT INTO "Withdrawal" (id, "withdrawalNo", "accountId", "depositorId", "reasonCode", amount, claim, status, channel, "windowId", "bankName", "bankAccount", "idempotencyKey", "submittedById", "submittedAt", "decideBy")
        SELECT 'bw' || g, 'TQB' || lpad(g::text, 15, '0'), 'ba' || (g % ${PEOPLE} + 1), 'bd' || (g % ${PEOPLE} + 1),
               CASE WHEN g % 10 = 0 THEN '09' WHEN g % 10 IN (1, 2) THEN '01' ELSE '07' END, 3000,
               CASE WHEN g % 10 = 0 THEN jsonb_build_object('outOfPocket', '30000.00', 'hospital', '医院' || g % 500, 'diagnosis', '诊断' || g % 97)
                    WHEN g % 10 IN (1, 2) THEN jsonb_build_object('purchasePrice', '500000.00', 'propertyCertNo', 'BC' || (g % ${PEOPLE} + 1) || '-3')
                    ELSE jsonb_build_object('monthlyRent', '1500.00', 'months', '2') END,
               'PAID', 'WINDOW', 'bwin', '银行', '6217000000000000000', 'bench:' || g, 'bteller',
               timestamp '2021-01-01' + (g % 1000) * interval '1 day', date '2021-01-04' + (g % 1000)
          FROM generate_series(1, ${PAST}) g;`,
    ],
    [
      "100,000 medical fingerprints and 200,000 hospital files",
      `
      INSERT INTO "MedicalRecordFingerprint" (id, "withdrawalId", "depositorId", hospital, "admissionDate", "dischargeDate", diagnosis, "totalAmount", fingerprint)
        SELECT 'bm' || g, 'bw' || g, 'bd' || (g % ${PEOPLE} + 1), '医院', '2020-06-01', '2020-06-20', '诊断', 186500, encode(sha256(('bench-record-' || g)::bytea), 'hex')
          FROM generate_series(10, ${PAST}, 10) g;
      INSERT INTO "UploadedDocument" (id, "withdrawalId", kind, filename, mime, size, sha256, bytes, "uploadedById")
        SELECT 'bdoc' || g || k, 'bw' || g, k, k || '.pdf', 'application/pdf', 8, encode(sha256(('bench-doc-' || g || k)::bytea), 'hex'), '\\x255044462d312e34'::bytea, 'bteller'
          FROM generate_series(10, ${PAST}, 10) g, unnest(ARRAY['DIAGNOSIS', 'MEDICAL_INVOICE']) k;`,
    ],
    ["ANALYZE", `ANALYZE`],
  ];
  for (const [label, sql] of steps) {
    const t0 = performance.now();
    for (const statement of sql
      .split(/;\s*$/m)
      .map((s) => s.trim())
      .filter(Boolean))
      await db.$executeRawUnsafe(statement);
    console.log(`[bench] ${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
}

type Application = { depositorNo: number; reasonCode: "01" | "09"; claim: Record<string, string>; docs: { kind: string; bytes: string }[] };

/** Half purchases (every 10th names a home traded thrice or a wrong invoice), half illnesses (every 10th copies a past record). */
async function applications(): Promise<Application[]> {
  const { db } = await import("@/lib/db");
  const { medicalFingerprint } = await import("@/lib/fraud/medical-record");
  const apps: Application[] = [];
  for (let i = 0; i < APPLICATIONS; i++) {
    const depositorNo = 50_000 + i * 97; // spread over the people, none banned, no reason in flight
    if (i % 2 === 0) {
      const unit = i % 20 === 0 ? 50 * (i + 1) : depositorNo;
      const applicant = i % 20 === 0 ? unit : depositorNo;
      const cert = await db.realEstateCertificate.findUniqueOrThrow({
        where: { certNo: `BC${unit}-3` },
        select: { issuedOn: true, unit: { select: { buildingArea: true } } },
      });
      apps.push({
        depositorNo: applicant,
        reasonCode: "01",
        claim: {
          purchasePrice: "500000.00",
          propertyCertNo: `BC${unit}-3`,
          propertyOwner: `B${applicant}`,
          propertyArea: cert.unit.buildingArea.toFixed(2),
          propertyRegisteredOn: cert.issuedOn.toISOString().slice(0, 10),
          deedTaxInvoiceNo: i % 10 === 2 ? `NOPE${i}` : `BQS${unit}-3`,
        },
        docs: [],
      });
    } else {
      const record = {
        hospital: `南京市第${i}医院`,
        admissionDate: "2026-05-01",
        dischargeDate: "2026-05-20",
        diagnosis: "急性心肌梗死",
        totalAmount: "186500.00",
      };
      if (i % 10 === 1) {
        // A copy of a past claim (another person's): its fingerprint is on file.
        await db.$executeRaw`UPDATE "MedicalRecordFingerprint" SET fingerprint = ${medicalFingerprint(record)} WHERE id = ${`bm${(i * 1000) % PAST || 10}`}`;
      }
      apps.push({
        depositorNo,
        reasonCode: "09",
        claim: {
          outOfPocket: "50000.00",
          hospital: record.hospital,
          admissionDate: record.admissionDate,
          dischargeDate: record.dischargeDate,
          diagnosis: record.diagnosis,
          medicalTotal: record.totalAmount,
        },
        docs: [
          { kind: "DIAGNOSIS", bytes: `diag-${i}` },
          { kind: "MEDICAL_INVOICE", bytes: `inv-${i}` },
        ],
      });
    }
  }
  return apps;
}

async function run(): Promise<Record<string, number[]>> {
  const { db } = await import("@/lib/db");
  const { findActiveBan, loadStaffTies } = await import("@/lib/fraud/facts");
  const { findInsiderConflict } = await import("@/lib/fraud/insider-rule");
  const { screenWithdrawal } = await import("@/lib/fraud/screen-withdrawal");
  const { submitWithdrawal } = await import("@/lib/withdrawals/submit-withdrawal");
  const { prepareDocument } = await import("@/lib/documents/prepare-document");
  const { REASON_RULES } = await import("@/lib/withdrawals/reasons");
  const { todayInShanghai } = await import("@/lib/dates/calendar");
  const today = todayInShanghai();
  const timings: Record<string, number[]> = { "checks (检查)": [], "submit (整笔受理)": [] };
  const outcomes: Record<string, number> = {};
  const apps = await applications();
  for (const [i, app] of apps.entries()) {
    const record = i >= WARMUP;
    const idNumber = `3201${String(app.depositorNo).padStart(14, "0")}`;
    const documents = REASON_RULES[app.reasonCode].documents.map((d) => {
      const own = app.docs.find((x) => x.kind === d.kind);
      return prepareDocument({
        kind: d.kind,
        filename: `${d.kind}.pdf`,
        bytes: new TextEncoder().encode(`%PDF-1.4\n% ${own?.bytes ?? `${d.kind}-${i}`}\n`),
      });
    });
    const t0 = performance.now();
    await db.$transaction(async (tx) => {
      await findActiveBan(tx, [idNumber], today);
      findInsiderConflict(await loadStaffTies(tx, "bteller"), [idNumber]);
      await screenWithdrawal(tx, {
        applicant: { depositorId: `bd${app.depositorNo}`, idNumber, spouseIdNumber: null },
        reasonCode: app.reasonCode,
        claim: app.claim,
        documents,
        asOf: today,
        handledById: "bteller",
        windowId: "bwin",
        applicationKey: `bench-check-${i}`,
      });
    });
    if (record) timings["checks (检查)"]!.push(performance.now() - t0);
    const t1 = performance.now();
    const result = await submitWithdrawal({
      depositorId: `bd${app.depositorNo}`,
      actor: { userId: "bteller", roles: ["TELLER"], windowId: "bwin", approvalLimit: null },
      channel: "WINDOW",
      presence: { kind: "ID_CARD", idNumber, name: `B${app.depositorNo}` },
      reasonCode: app.reasonCode,
      amount: "3000.00",
      claim: app.claim,
      bankName: "中国建设银行",
      bankAccount: `6217${String(app.depositorNo).padStart(15, "0")}`,
      idempotencyKey: `bench-app-${i}`,
      documents,
    });
    if (record) timings["submit (整笔受理)"]!.push(performance.now() - t1);
    const key = `${app.reasonCode} ${result.status}`;
    outcomes[key] = (outcomes[key] ?? 0) + 1;
  }
  console.log("[bench] outcomes:", outcomes);
  return timings;
}

function report(timings: Record<string, number[]>): void {
  console.log("| Step | n | p50 (ms) | p95 (ms) | max (ms) |\n| --- | --- | --- | --- | --- |");
  for (const [name, values] of Object.entries(timings)) {
    const s = [...values].sort((a, b) => a - b);
    console.log(`| ${name} | ${s.length} | ${percentile(s, 50).toFixed(1)} | ${percentile(s, 95).toFixed(1)} | ${s.at(-1)!.toFixed(1)} |`);
  }
  const checks = [...timings["checks (检查)"]!].sort((a, b) => a - b);
  const p95 = percentile(checks, 95);
  console.log(`[bench] checks p95 ${p95.toFixed(1)} ms — target ≤ 20 ms: ${p95 <= 20 ? "met" : "NOT met"}`);
}

const pg = await provideTestPostgres();
try {
  await prepareTemplate(pg);
  await recreateDatabase(pg.adminUrl, BENCH_DB, TEMPLATE_DB);
  process.env.DATABASE_URL = pg.urlFor(BENCH_DB);
  const started = performance.now();
  await fill();
  console.log(
    `[bench] data in ${((performance.now() - started) / 1000).toFixed(1)} s; ${APPLICATIONS} applications (first ${WARMUP} not counted)`,
  );
  report(await run());
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await dropDatabase(pg.adminUrl, BENCH_DB);
} finally {
  await pg.stop();
}
