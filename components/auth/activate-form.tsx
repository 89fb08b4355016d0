"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { FormAction } from "@/lib/action-state";
import type { RedeemCodeState, RequestCodeState } from "@/lib/citizen-access/schemas";
import { TextField } from "@/components/forms/text-field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

const REQUEST = "access-request";
const REDEEM = "access-redeem";

/**
 * 开通网上服务 / 忘记密码: step 1 asks for a code (the same answer whatever was found), step 2 takes
 * the code and the new password. Every error at its field; passwords are never sent back.
 */
export function ActivateForms({
  requestCode,
  redeemCode,
}: {
  requestCode: FormAction<RequestCodeState>;
  redeemCode: FormAction<RedeemCodeState>;
}) {
  const [asked, ask] = useActionState(requestCode, {});
  const [redeemed, redeem] = useActionState(redeemCode, {});
  if (redeemed.done) {
    return (
      <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        {redeemed.done === "ACTIVATED" ? "网上服务已开通。" : "密码已重置，原有登录已全部退出。"}
        请使用身份证号和新密码登录。
        <Link className="ml-2 font-medium text-sky-800 underline" href="/login">
          去登录
        </Link>
      </p>
    );
  }
  const idNumber = redeemed.values?.idNumber ?? asked.sent?.idNumber ?? "";
  return (
    <div className="space-y-8">
      <section aria-labelledby={`${REQUEST}-title`}>
        <h2 id={`${REQUEST}-title`} className="text-lg font-semibold">
          第一步：获取短信验证码
        </h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">请填写本人身份证号、姓名和在中心预留的手机号。</p>
        <form id={REQUEST} action={ask} noValidate className="space-y-4">
          <FormMessage id={`${REQUEST}-error`} message={asked.formError} />
          {asked.sent ? (
            <p role="status" className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
              {asked.sent.message}
            </p>
          ) : null}
          <TextField
            formId={REQUEST}
            name="idNumber"
            label="身份证号"
            maxLength={18}
            autoComplete="username"
            required
            defaultValue={asked.values?.idNumber ?? ""}
            errors={asked.fieldErrors?.idNumber}
          />
          <TextField
            formId={REQUEST}
            name="name"
            label="姓名"
            autoComplete="name"
            required
            defaultValue={asked.values?.name ?? ""}
            errors={asked.fieldErrors?.name}
          />
          <TextField
            formId={REQUEST}
            name="phone"
            label="预留手机号"
            type="tel"
            inputMode="numeric"
            autoComplete="tel"
            required
            defaultValue={asked.values?.phone ?? ""}
            errors={asked.fieldErrors?.phone}
          />
          <SubmitButton pendingText="正在发送…">{asked.sent ? "重新获取验证码" : "获取验证码"}</SubmitButton>
        </form>
      </section>
      {asked.sent || redeemed.fieldErrors || redeemed.formError ? (
        <section aria-labelledby={`${REDEEM}-title`}>
          <h2 id={`${REDEEM}-title`} className="text-lg font-semibold">
            第二步：输入验证码并设置密码
          </h2>
          <p className="mb-4 mt-1 text-sm text-slate-600">验证码10分钟内有效，输错5次即失效。密码至少10位，须包含字母和数字。</p>
          <form key={asked.sent?.idNumber} id={REDEEM} action={redeem} noValidate className="space-y-4">
            <FormMessage id={`${REDEEM}-error`} message={redeemed.formError} />
            <TextField
              formId={REDEEM}
              name="idNumber"
              label="身份证号（验证码对应）"
              maxLength={18}
              required
              defaultValue={idNumber}
              errors={redeemed.fieldErrors?.idNumber}
            />
            <TextField
              formId={REDEEM}
              name="code"
              label="短信验证码"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              required
              defaultValue={redeemed.values?.code ?? ""}
              errors={redeemed.fieldErrors?.code}
            />
            <TextField
              formId={REDEEM}
              name="newPassword"
              label="新密码（至少10位，含字母和数字）"
              type="password"
              autoComplete="new-password"
              required
              errors={redeemed.fieldErrors?.newPassword}
            />
            <TextField
              formId={REDEEM}
              name="confirmPassword"
              label="再次输入新密码"
              type="password"
              autoComplete="new-password"
              required
              errors={redeemed.fieldErrors?.confirmPassword}
            />
            <SubmitButton pendingText="正在提交…">确认并设置密码</SubmitButton>
          </form>
        </section>
      ) : null}
    </div>
  );
}
