import { LOAN_MOVES, type LoanAction, type LoanStage } from "@/lib/cases/loan-stages";

/** Every stage a matter can reach from `stage` by one or more legal moves. */
export function stagesReachableFrom(stage: LoanStage): Set<LoanStage> {
  const seen = new Set<LoanStage>();
  const queue: LoanStage[] = [stage];
  while (queue.length > 0) {
    const from = queue.shift()!;
    for (const move of Object.values(LOAN_MOVES)) {
      if (move.from === from && !seen.has(move.to)) {
        seen.add(move.to);
        queue.push(move.to);
      }
    }
  }
  return seen;
}

/**
 * A refused move is "already handled" (someone else moved the matter on since the screen was
 * drawn) when the matter now stands somewhere reachable from where the action starts; otherwise
 * the action makes no sense in that stage at all (an illegal transition).
 */
export function isAlreadyHandled(current: LoanStage, action: LoanAction): boolean {
  return stagesReachableFrom(LOAN_MOVES[action].from).has(current);
}
