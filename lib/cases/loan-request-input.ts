/**
 * The loan request's fields as a form sends them (the window's and the portal's forms alike): the
 * property picked from the list, or typed in "propertyOther". ZLoanRequest parses the result.
 */
export function loanRequestInput(formData: FormData) {
  const other = String(formData.get("propertyOther") ?? "").trim();
  const get = (k: string) => formData.get(k) ?? undefined;
  return {
    property: other || get("property"),
    coApplicantIdNumber: get("coApplicantIdNumber"),
    amount: get("amount"),
    termValue: get("termValue"),
    termUnit: get("termUnit"),
    method: get("method"),
    isFirstHome: get("isFirstHome"),
    payeeName: get("payeeName"),
    payeeAccount: get("payeeAccount"),
  };
}
