import type { ConstructionStatus, ProjectAdmissionStatus } from "@/lib/generated/prisma/enums";
import { ADMISSION_STATUS_LABELS, CONSTRUCTION_STATUS_LABELS } from "@/lib/projects/labels";
import { Badge } from "@/components/ui/badge";

const ADMISSION_TONES = { NOT_APPLIED: "neutral", APPLIED: "info", ADMITTED: "good", REJECTED: "bad", SUSPENDED: "warn" } as const;
const CONSTRUCTION_TONES = { NOT_STARTED: "neutral", UNDER_CONSTRUCTION: "info", BUILT: "good" } as const;

export function AdmissionBadge({ status }: { status: ProjectAdmissionStatus }) {
  return <Badge tone={ADMISSION_TONES[status]}>{ADMISSION_STATUS_LABELS[status]}</Badge>;
}

export function ConstructionBadge({ status }: { status: ConstructionStatus }) {
  return <Badge tone={CONSTRUCTION_TONES[status]}>{CONSTRUCTION_STATUS_LABELS[status]}</Badge>;
}
