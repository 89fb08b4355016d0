import type { Prisma } from "../../lib/generated/prisma/client";
import { LOCAL_PLATFORM_CENTERS } from "../../lib/transfers/platform-centers";

type Tx = Prisma.TransactionClient;

/**
 * Transfers (issue 15.4): what the local transfer-platform simulator needs. The other centers'
 * settlement accounts at the simulated bank (a transfer out is paid there), and depositors'
 * accounts at other cities' centers: 20 who opened one in Beijing (a transfer out to Beijing is
 * accepted) and 20 holding a balance in Shanghai (a transfer in from Shanghai brings it here).
 * Picked from the end of the ID-number order (other specs pick from the start), among depositors
 * with a modest balance and no loan, withdrawal or case.
 */
export async function seedTransfers(tx: Tx): Promise<string> {
  for (const c of LOCAL_PLATFORM_CENTERS) {
    await tx.$executeRaw`
      INSERT INTO "SimulatedBankAccount" ("accountNo", "holderName", balance, "updatedAt")
      VALUES (${c.settlementAccount}, ${c.name}, 0, now()) ON CONFLICT DO NOTHING`;
  }
  const people = await tx.$queryRaw<{ idNumber: string; name: string }[]>`
    SELECT d."idNumber", d.name FROM "Depositor" d JOIN "DepositAccount" a ON a."depositorId" = d.id AND a.status = 'NORMAL'
     WHERE a.balance BETWEEN 1000 AND 19000
       AND NOT EXISTS (SELECT 1 FROM "Loan" l WHERE l."borrowerId" = d.id OR l."coBorrowerId" = d.id)
       AND NOT EXISTS (SELECT 1 FROM "Withdrawal" w WHERE w."depositorId" = d.id)
       AND NOT EXISTS (SELECT 1 FROM "Case" c WHERE c."depositorId" = d.id)
       AND NOT EXISTS (SELECT 1 FROM "BlacklistEntry" b WHERE b."idNumber" = d."idNumber")
     ORDER BY d."idNumber" DESC LIMIT 40`;
  const rows = people.map((p, i) =>
    i < 20
      ? { centerCode: "110000", idNumber: p.idNumber, name: p.name, balance: "0.00", months: 0 }
      : { centerCode: "310000", idNumber: p.idNumber, name: p.name, balance: `${(8000 + i * 137).toFixed(0)}.45`, months: 12 + i },
  );
  await tx.simulatedRemoteAccount.createMany({ data: rows });
  return `${rows.length} depositors' accounts at other centers for the transfer platform`;
}
