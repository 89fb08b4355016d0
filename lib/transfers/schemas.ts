import { z } from "zod";
import { ZIdNumber } from "@/lib/cases/form-schemas";
import { parseResidentId, RESIDENT_ID_MESSAGES } from "@/lib/identity/resident-id";
import { checkPresenceFields, ZWindowPresenceFields } from "@/lib/withdrawals/schemas";

const direction = z.enum(["OUT", "IN"], "请选择转出或转入");
const otherCenterCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, "请选择对方公积金中心");
const idempotencyKey = z.string().trim().min(8).max(64);

/** Online: the citizen's own account. */
export const ZApplyTransfer = z.object({ direction, otherCenterCode, idempotencyKey });
export type TApplyTransfer = z.infer<typeof ZApplyTransfer>;

/**
 * At the window: the citizen in front of the teller, by ID number. A transfer out (the balance
 * leaves the city and the account closes) also carries the evidence that the citizen is there, the
 * same as a window withdrawal (lib/withdrawals/schemas.ts checkPresenceFields; the use case checks
 * it again with checkPresence).
 */
export const ZApplyTransferAtWindow = ZApplyTransfer.extend({
  idNumber: ZIdNumber.superRefine((value, ctx) => {
    const parsed = parseResidentId(value);
    if (!parsed.ok && parsed.problem !== "FORMAT") ctx.addIssue({ code: "custom", message: RESIDENT_ID_MESSAGES[parsed.problem] });
  }),
  presence: ZWindowPresenceFields.presence.optional(),
  cardName: ZWindowPresenceFields.cardName,
  presenceCode: ZWindowPresenceFields.presenceCode,
}).superRefine((v, ctx) => {
  if (v.direction !== "OUT") return;
  if (!v.presence) ctx.addIssue({ code: "custom", path: ["presence"], message: "请选择本人到场核验方式" });
  else checkPresenceFields({ presence: v.presence, cardName: v.cardName, presenceCode: v.presenceCode }, ctx);
});

export const ZDecideTransferOut = z.object({
  transferId: z.string().min(1),
  version: z.coerce.number().int().min(0),
  decision: z.enum(["APPROVE", "REJECT"]),
  note: z.string().trim().max(200, "审核意见不超过 200 字").optional().default(""),
});

/** Receiving the platform's messages takes no input. */
export const ZReceivePlatformMessages = z.object({});
