import { env } from "@/lib/env";
import type { BankPort } from "./bank-port";
import { localBank } from "./local-bank";

const ADAPTERS: Record<ReturnType<typeof env>["HPF_BANK_ADAPTER"], BankPort> = { local: localBank };

/** The bank adapter named by HPF_BANK_ADAPTER (default "local", the simulator). */
export function bankPort(): BankPort {
  return ADAPTERS[env().HPF_BANK_ADAPTER];
}
