"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/current-user";
import { actorOf } from "@/lib/auth/actor";
import { formValues, fromZodError, type FormState } from "@/lib/action-state";
import { isDomainError } from "@/lib/errors";
import { ZImportReceiptsForm } from "@/lib/remittances/schemas";
import { importRemittanceReceipts } from "@/lib/remittances/import-receipts";
import { toFormState } from "@/lib/forms/form-state";

export type ImportReceiptsState = FormState & { done?: string; deferred?: { bankRef: string; reason: string }[] };

/** ADMIN fetches one day's bank receipt file (到账回单) through the bank port and imports it. */
export async function importReceiptsAction(_prev: ImportReceiptsState, formData: FormData): Promise<ImportReceiptsState> {
  const user = await requireRole("ADMIN");
  const values = formValues(formData);
  const parsed = ZImportReceiptsForm.safeParse({ businessDate: formData.get("businessDate") });
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    const r = await importRemittanceReceipts({ actor: actorOf(user), businessDate: parsed.data.businessDate });
    revalidatePath("/admin/remittances");
    return {
      done: `${parsed.data.businessDate} 到账回单共 ${r.lines} 笔：入账 ${r.credited} 笔，金额不符 ${r.mismatched} 笔，附言无对应 ${r.unknown} 笔，重复到账 ${r.duplicate} 笔，此前已导入 ${r.alreadyImported} 笔，暂不处理 ${r.deferred.length} 笔。`,
      deferred: r.deferred,
      values,
    };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return toFormState(error, values, "remittances");
  }
}
