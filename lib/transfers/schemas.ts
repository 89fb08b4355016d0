import { z } from "zod";
import { ZIdNumber } from "@/lib/cases/form-schemas";
import { parseResidentId, RESIDENT_ID_MESSAGES } from "@/lib/identity/resident-id";

const direction = z.enum(["OUT", "IN"], "请选择转出或转入");
const otherCenterCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, "请选择对方公积金中心");
const idempotencyKey = z.string().trim().min(8).max(64);

/** Online: the citizen's own account. */
export const ZApplyTransfer = z.object({ direction, otherCenterCode, idempotencyKey });
export type TApplyTransfer = z.infer<typeof ZApplyTransfer>;

/** At the window: the citizen in front of the teller, by ID number. */
export const ZApplyTransferAtWindow = ZApplyTransfer.extend({
  idNumber: ZIdNumber.superRefine((value, ctx) => {
    const parsed = parseResidentId(value);
    if (!parsed.ok && parsed.problem !== "FORMAT") ctx.addIssue({ code: "custom", message: RESIDENT_ID_MESSAGES[parsed.problem] });
  }),
});

export const ZDecideTransferOut = z.object({
  transferId: z.string().min(1),
  version: z.coerce.number().int().min(0),
  decision: z.enum(["APPROVE", "REJECT"]),
  note: z.string().trim().max(200, "审核意见不超过 200 字").optional().default(""),
});

/** Receiving the platform's messages takes no input. */
export const ZReceivePlatformMessages = z.object({});
