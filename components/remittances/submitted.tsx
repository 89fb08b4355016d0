import type { RemittanceFormState } from "@/lib/remittances/messages";

/** What the agent sees after submitting: the amount to transfer and the reference to quote. */
export function RemittanceSubmitted({ posted }: { posted: NonNullable<RemittanceFormState["posted"]> }) {
  return (
    <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
      {posted.month} {posted.awaitingApproval ? "补缴" : "汇缴"}已提交：共 {posted.rowCount} 人，单位部分 {posted.employerTotal}，个人部分{" "}
      {posted.personalTotal}，合计 {posted.total}。{posted.awaitingApproval ? "补缴须经中心审批；" : ""}
      请通过银行转账支付合计金额，付款附言填写 <strong className="font-mono">{posted.paymentReference}</strong>；银行到账后记入职工账户。
    </p>
  );
}
