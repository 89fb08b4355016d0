import type { CollectionCaseStatus, CollectionContactKind } from "@/lib/generated/prisma/enums";
import type { AgingBucket } from "@/lib/servicing/overdue-status";

/** Chinese labels of the collection screens, shared by pages, forms and the notice. */
export const CONTACT_KIND_LABELS: Record<CollectionContactKind, string> = {
  PHONE_CALL: "电话催收",
  HOME_VISIT: "上门催收",
  EMPLOYER_MEETING: "约见所在单位",
  NOTICE_SERVED: "送达逾期通知单",
  LEGAL_REFERRAL: "移送法律处置",
  OTHER: "其他",
};

export const CONTACT_KINDS = Object.keys(CONTACT_KIND_LABELS) as CollectionContactKind[];

/** Who was reached (CollectionContact.party). */
export const CONTACT_PARTIES = ["借款人", "共同借款人", "担保人", "所在单位", "其他"] as const;

export const CASE_STATUS_LABELS: Record<CollectionCaseStatus, string> = { OPEN: "清收中", CLOSED: "已销号" };

export const AGING_BUCKETS: readonly AgingBucket[] = ["1", "2-5", "6+"];

export const AGING_BUCKET_LABELS: Record<AgingBucket, string> = { "1": "逾期1期", "2-5": "逾期2至5期", "6+": "逾期6期以上" };

export type PromiseState = "PENDING" | "KEPT" | "BROKEN";

export const PROMISE_STATE_LABELS: Record<PromiseState, string> = { PENDING: "待兑现", KEPT: "已兑现", BROKEN: "未兑现" };
