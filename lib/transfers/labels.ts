import type { FundTransferDirection, FundTransferStatus } from "@/lib/generated/prisma/enums";

/** The one Chinese label per transfer status and direction (screens). */
export const TRANSFER_STATUS_LABELS: Record<FundTransferStatus, string> = {
  SUBMITTED: "待审批",
  REQUESTED: "已发联系函，待对方中心办理",
  REJECTED: "不予批准",
  REFUSED: "对方中心未受理",
  COMPLETED: "已办结",
};

export const TRANSFER_DIRECTION_LABELS: Record<FundTransferDirection, string> = { OUT: "转出本市", IN: "转入本市" };
