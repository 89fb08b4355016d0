import { db } from "@/lib/db";
import { LOCAL_PLATFORM_CENTERS } from "@/lib/transfers/local-platform";
import { setup } from "../withdrawals/fixtures";

export { NOW, docs } from "../withdrawals/fixtures";

/** The simulated bank accounts the other centers receive transfers in (as the seed makes them). */
export async function centerBankAccounts(): Promise<void> {
  for (const c of LOCAL_PLATFORM_CENTERS) {
    await db.simulatedBankAccount.upsert({
      where: { accountNo: c.settlementAccount },
      update: {},
      create: { accountNo: c.settlementAccount, holderName: c.name, balance: "0.00" },
    });
  }
}

/** The withdrawal world (a depositor holding `balance`, maker, checker, payer) plus the centers' bank accounts. */
export async function world(balance: string) {
  await centerBankAccounts();
  return setup(balance);
}

/** The person's account at another city's center, as the platform simulator knows it. */
export const remoteAccount = (centerCode: string, person: { idNumber: string; name: string }, balance = "0.00", months = 0) =>
  db.simulatedRemoteAccount.create({ data: { centerCode, idNumber: person.idNumber, name: person.name, balance, months } });

export const BEIJING = "110000";
export const SHANGHAI = "310000";
export const OFFLINE = "510100";

/** Every row a refused transfer could have written. */
export const writes = async () => ({
  transfers: await db.fundTransfer.count(),
  ledger: await db.ledgerEntry.count(),
  payouts: await db.simulatedBankPayout.count(),
  requests: await db.simulatedPlatformRequest.count(),
  audit: await db.auditEntry.count({ where: { entityType: "FundTransfer" } }),
});
