// What `npm run audit:verify` checks: the chain itself (every link), then the signed checkpoint
// kept outside the database (the tail it saw last time is still there, unchanged); when both hold,
// it moves the checkpoint to the current head.
import { checkAgainstCheckpoint, signCheckpoint, type CheckpointProblem } from "../../lib/audit/checkpoint";
import { verifyAuditChain, type ChainReport, type RawReader } from "../../lib/audit/verify-chain";
import { readCheckpoint, writeCheckpoint, type CheckpointStore } from "./audit-checkpoint-store";

export type AuditVerification = {
  ok: boolean;
  chain: ChainReport;
  /** The checkpoint checked against (null: none yet for this database). */
  checkpoint: { chainSeq: string; hash: string; at: string } | null;
  checkpointProblem: CheckpointProblem | null;
  /** The new checkpoint written at the head, when everything held. */
  advancedTo: string | null;
};

export async function verifyWithCheckpoint(
  reader: RawReader,
  database: string,
  store: CheckpointStore,
  opts: { write?: boolean } = {},
): Promise<AuditVerification> {
  const chain = await verifyAuditChain(reader);
  const checkpoint = readCheckpoint(store.file, database);
  const checkpointProblem = checkpoint ? await checkAgainstCheckpoint(reader, checkpoint, store.key) : null;
  const ok = chain.ok && checkpointProblem === null;
  let advancedTo: string | null = null;
  if (ok && opts.write !== false && chain.lastSeq && chain.headHash) {
    writeCheckpoint(store.file, signCheckpoint({ database, chainSeq: chain.lastSeq, hash: chain.headHash }, store.key));
    advancedTo = chain.lastSeq;
  }
  const seen = checkpoint && { chainSeq: checkpoint.chainSeq, hash: checkpoint.hash, at: checkpoint.at };
  return { ok, chain, checkpoint: seen, checkpointProblem, advancedTo };
}
