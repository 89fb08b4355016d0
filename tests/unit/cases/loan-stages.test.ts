import { describe, expect, it } from "vitest";
import { LOAN_MOVES, nextActions, planLoanTransition, type LoanAction, type LoanStage } from "@/lib/cases/loan-stages";

const STAGES: LoanStage[] = [
  "SUBMITTED",
  "ACCEPTED",
  "RETURNED",
  "REJECTED",
  "APPROVED",
  "CONTRACTS_SIGNED",
  "MORTGAGE_REGISTERED",
  "RECHECKED",
  "DISBURSED",
];
const ACTIONS = Object.keys(LOAN_MOVES) as LoanAction[];

const LEGAL: Record<string, LoanStage> = {
  "SUBMITTED/ACCEPT": "ACCEPTED",
  "ACCEPTED/APPROVE": "APPROVED",
  "ACCEPTED/REJECT": "REJECTED",
  "ACCEPTED/RETURN": "RETURNED",
  "RETURNED/RESUBMIT": "ACCEPTED",
  "APPROVED/SIGN_CONTRACTS": "CONTRACTS_SIGNED",
  "CONTRACTS_SIGNED/REGISTER_MORTGAGE": "MORTGAGE_REGISTERED",
  "MORTGAGE_REGISTERED/RECHECK": "RECHECKED",
  "RECHECKED/DISBURSE": "DISBURSED",
};

const actors = { acceptedBy: "teller", approvedBy: "reviewer-a" };

describe("loan stage machine", () => {
  for (const from of STAGES) {
    for (const action of ACTIONS) {
      const expected = LEGAL[`${from}/${action}`];
      it(`${from} --${action}--> ${expected ?? "refused"}`, () => {
        const plan = planLoanTransition(from, action, "reviewer-b", actors);
        if (expected) expect(plan).toEqual({ ok: true, from, to: expected });
        else expect(plan).toEqual({ ok: false, refusal: { code: "ILLEGAL_TRANSITION", from, action } });
      });
    }
  }

  it("never lets the accepting teller approve, reject, return or recheck", () => {
    for (const [from, action] of [
      ["ACCEPTED", "APPROVE"],
      ["ACCEPTED", "REJECT"],
      ["ACCEPTED", "RETURN"],
      ["MORTGAGE_REGISTERED", "RECHECK"],
    ] as const) {
      expect(planLoanTransition(from, action, "teller", actors)).toEqual({ ok: false, refusal: { code: "FOUR_EYES_ACCEPTOR" } });
    }
  });

  it("never lets the approver recheck", () => {
    expect(planLoanTransition("MORTGAGE_REGISTERED", "RECHECK", "reviewer-a", actors)).toEqual({
      ok: false,
      refusal: { code: "FOUR_EYES_APPROVER" },
    });
  });

  it("offers no move out of a terminal stage", () => {
    expect(nextActions("REJECTED")).toEqual([]);
    expect(nextActions("DISBURSED")).toEqual([]);
    expect(nextActions("ACCEPTED").sort()).toEqual(["APPROVE", "REJECT", "RETURN"]);
  });
});
