import "server-only";
import { db } from "@/lib/db";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";
import { normalizeVerificationCode } from "@/lib/accounts/certificate-code";
import type { CertificateSnapshot } from "@/lib/accounts/issue-certificate";

export type VerifiedCertificateDto = { code: string; issuedAt: string; snapshot: Omit<CertificateSnapshot, "holderName"> };

/** The public check of a verification code: what the certificate said, with the name masked. */
export async function verifyCertificate(input: string): Promise<VerifiedCertificateDto | null> {
  const code = normalizeVerificationCode(input);
  if (!code) return null;
  const cert = await db.depositCertificate.findUnique({ where: { code } });
  if (!cert) return null;
  // The full name stays off the public page; the masked one is in the snapshot.
  const snapshot: Partial<CertificateSnapshot> = { ...(cert.snapshot as unknown as CertificateSnapshot) };
  delete snapshot.holderName;
  return { code, issuedAt: formatShanghaiDateTime(cert.issuedAt), snapshot: snapshot as Omit<CertificateSnapshot, "holderName"> };
}
