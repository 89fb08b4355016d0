import type { FormState } from "@/lib/action-state";
import type { LoanServicingView } from "@/lib/servicing/queries";
import { Facts } from "@/components/ui/facts";
import { RevokeAuthorizationForm, SignAuthorizationForm } from "@/components/servicing/deduction-authorization-form";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/** 委托扣划: the active (or spouse-pending) authorization, revocable by the borrower, or the form to sign one. */
export function AuthorizationSection({
  view,
  isBorrower,
  sign,
  revoke,
}: {
  view: LoanServicingView;
  isBorrower: boolean;
  sign: Action;
  revoke: Action;
}) {
  const a = view.authorization;
  if (a) {
    return (
      <div className="space-y-4">
        <Facts
          items={[
            { label: "扣划账户", value: `${a.ofSpouse ? `配偶 ${a.holderName}` : "本人"}公积金账户 ${a.accountNo}` },
            { label: "签订时间", value: a.signedAt },
            ...(a.pendingSpouse
              ? [{ label: "状态", value: "待配偶确认：配偶本人网上确认或到窗口确认后生效，生效前月供仍从还款银行卡扣收" }]
              : []),
          ]}
        />
        {isBorrower ? (
          <RevokeAuthorizationForm action={revoke} authorizationId={a.id} />
        ) : (
          <p className="text-sm text-slate-600">委托扣划协议由借款人本人签订或撤销。</p>
        )}
      </div>
    );
  }
  if (!isBorrower)
    return <p className="text-sm text-slate-600">尚未签订委托扣划协议，月供从贷款还款银行卡扣收。委托扣划协议由借款人本人签订。</p>;
  if (view.accountOptions.length === 0)
    return <p className="text-sm text-slate-600">您和配偶都没有可用的公积金账户，不能签订委托扣划协议。</p>;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">尚未签订委托扣划协议，月供从贷款还款银行卡扣收。</p>
      <SignAuthorizationForm action={sign} options={view.accountOptions} />
    </div>
  );
}
