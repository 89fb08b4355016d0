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
    const { code, snapshot } = await issueCertificate({ depositorId: holder.depositor.id, actorId: citizen.id, now: new Date("2026-03-05T02:00:00Z") });
    expect(snapshot).toMatchObject({ holderName: "张伟", holderNameMasked: "张*", balance: "12345.60", status: "正常", issuedOn: "2026-03-05", monthsContributed: 0 });

    const verified = await verifyCertificate(code.toLowerCase());
    expect(verified?.snapshot).not.toHaveProperty("holderName");
    expect(verified).toMatchObject({ code, snapshot: { holderNameMasked: "张*", accountNo: holder.account.accountNo, balance: "12345.60" } });
    expect(await verifyCertificate("ABCD-EFGH-JKMN")).toBeNull();
    expect(await db.auditEntry.count({ where: { action: "CERTIFICATE_ISSUED" } })).toBe(1);

    const pdf = await renderCertificatePdf({ snapshot, code, centerName: "住房公积金管理中心", verifyUrl: `http://localhost/verify?code=${code}`, fontBytes: await chineseFontBytes() });
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe("%PDF-");
    expect(pdf.byteLength).toBeLessThan(200_000); // the font is subset
  });
});
