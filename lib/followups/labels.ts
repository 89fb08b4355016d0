import type { FollowUpKind, FollowUpStatus } from "@/lib/generated/prisma/enums";

export const SCORE_LABELS: Record<1 | 2 | 3 | 4 | 5, string> = {
  1: "非常不满意",
  2: "不满意",
  3: "基本满意",
  4: "满意",
  5: "非常满意",
};

export const FOLLOW_UP_KIND_LABELS: Record<FollowUpKind, string> = {
  BAD_RATING: "差评回访",
  SLA_BREACH: "超时督办",
};

export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, string> = {
  OPEN: "待办",
  CLOSED: "已办结",
};
