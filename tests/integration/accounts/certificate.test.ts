import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { issueCertificate } from "@/lib/accounts/issue-certificate";
import { renderCertificatePdf } from "@/lib/accounts/certificate-pdf";
import { verifyCertificate } from "@/lib/accounts/certificate-queries";
import { chineseFontBytes } from "@/lib/contracts/font";
import { createAccountHolder, createEmployer, createUser } from "./fund-fixtures";

describe("deposit certificate", () => {
  it("issues a code whose public check shows the snapshot with the name masked, and renders a Chinese PDF", async () => {
    const employer = await createEmployer();
    const holder = await createAccountHolder(employer.id, { name: "张伟", balance: "12345.60" });
    const citizen = await createUser(["CITIZEN"], { depositorId: holder.depositor.id });
    const { code, snapshot } = await issueCertificate({
      depositorId: holder.depositor.id,
      actorId: citizen.id,
      now: new Date("2026-03-05T02:00:00Z"),
    });
    expect(snapshot).toMatchObject({
      holderName: "张伟",
      holderNameMasked: "张*",
      balance: "12345.60",
      status: "正常",
      issuedOn: "2026-03-05",
      monthsContributed: 0,
    });

    const verified = await verifyCertificate(code.toLowerCase());
    expect(verified?.snapshot).not.toHaveProperty("holderName");
    expect(verified).toMatchObject({
      code,
      snapshot: { holderNameMasked: "张*", accountNo: holder.account.accountNo, balance: "12345.60" },
    });
    expect(await verifyCertificate("ABCD-EFGH-JKMN")).toBeNull();
    expect(await db.auditEntry.count({ where: { action: "CERTIFICATE_ISSUED" } })).toBe(1);

    const pdf = await renderCertificatePdf({
      snapshot,
      code,
      centerName: "住房公积金管理中心",
      verifyUrl: `http://localhost/verify?code=${code}`,
      fontBytes: await chineseFontBytes(),
    });
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe("%PDF-");
    expect(pdf.byteLength).toBeLessThan(200_000); // the font is subset
  });

  it("downloading again (a GET) issues nothing new while the account says the same; a change or a new day issues a new one", async () => {
    const employer = await createEmployer("91320100FUND0002X");
    const holder = await createAccountHolder(employer.id, { name: "李娜", balance: "500.00" });
    const citizen = await createUser(["CITIZEN"], { depositorId: holder.depositor.id });
    const at = (iso: string) => ({ depositorId: holder.depositor.id, actorId: citizen.id, now: new Date(iso) });
    const first = await issueCertificate(at("2026-03-05T02:00:00Z"));
    const again = await Promise.all([issueCertificate(at("2026-03-05T03:00:00Z")), issueCertificate(at("2026-03-05T03:00:01Z"))]);
    expect(again.map((r) => r.code)).toEqual([first.code, first.code]);
    const count = () => db.depositCertificate.count({ where: { accountId: holder.account.id } });
    expect(await count()).toBe(1);
    expect(await db.auditEntry.count({ where: { action: "CERTIFICATE_ISSUED", actorId: citizen.id } })).toBe(1);

    await db.depositAccount.update({ where: { id: holder.account.id }, data: { balance: "600.00" } });
    const changed = await issueCertificate(at("2026-03-05T04:00:00Z"));
    expect(changed.code).not.toBe(first.code);
    expect((await issueCertificate(at("2026-03-06T02:00:00Z"))).code).not.toBe(changed.code);
    expect(await count()).toBe(3);
  });
});
