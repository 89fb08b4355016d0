import "server-only";
import { db } from "@/lib/db";
import { verifyAuditChain, type ChainProblem } from "@/lib/audit/verify-chain";

export const CHAIN_PROBLEM_LABELS: Record<ChainProblem, string> = {
  HASH_MISMATCH: "该条记录的内容被改动（哈希值不符）",
  PREV_HASH_MISMATCH: "前一条记录被改动或删除（前序哈希不符）",
  SEQUENCE_GAP: "链上序号不连续（有记录被删除）",
  UNCHAINED: "存在未入链的记录（绕过触发器写入）",
};

export type ChainReportDto = {
  ok: boolean;
  checked: number;
  lastSeq: string | null;
  headHash: string | null;
  elapsedMs: number;
  firstBreak: { chainSeq: string | null; id: string; problem: string; expected: string; stored: string | null } | null;
};

/** Verifies the whole audit log now (streamed, constant memory) and describes the result in Chinese. */
export async function verifyAuditLog(): Promise<ChainReportDto> {
  const report = await verifyAuditChain(db);
  const b = report.firstBreak;
  return { ...report, firstBreak: b && { ...b, problem: CHAIN_PROBLEM_LABELS[b.problem] } };
}
