"use server";

import type { FormState } from "@/lib/action-state";
import { formAction } from "@/lib/forms/action";
import { ZImportReceiptsForm } from "@/lib/remittances/schemas";
import { importRemittanceReceipts } from "@/lib/remittances/import-receipts";

export type ImportReceiptsState = FormState & { done?: string; deferred?: { bankRef: string; reason: string }[] };

const importReceipts = formAction<typeof ZImportReceiptsForm, Awaited<ReturnType<typeof importRemittanceReceipts>>, ImportReceiptsState>({
  roles: ["ADMIN"],
  schema: ZImportReceiptsForm,
  input: (formData) => ({ businessDate: formData.get("businessDate") }),
  domain: "remittances",
  run: (actor, input) => importRemittanceReceipts({ actor, businessDate: input.businessDate }),
  revalidate: ["/admin/remittances"],
  onSuccess: (r, input, values) => ({
    done: `${input.businessDate} 到账回单共 ${r.lines} 笔：入账 ${r.credited} 笔，金额不符 ${r.mismatched} 笔，附言无对应 ${r.unknown} 笔，重复到账 ${r.duplicate} 笔，此前已导入 ${r.alreadyImported} 笔，暂不处理 ${r.deferred.length} 笔。`,
    deferred: r.deferred,
    values,
  }),
});

/** ADMIN fetches one day's bank receipt file (到账回单) through the bank port and imports it. */
export async function importReceiptsAction(prev: ImportReceiptsState, formData: FormData): Promise<ImportReceiptsState> {
  return importReceipts(prev, formData);
}
