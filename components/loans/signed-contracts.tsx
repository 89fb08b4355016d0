import type { SignedContractDto } from "@/lib/contracts/contract-file";

/**
 * The signed contracts of a loan: each downloads the file stored at signing, and its SHA-256 is
 * shown so the borrower can check any copy (e.g. `sha256sum` on the downloaded file).
 */
export function SignedContracts({ loanNo, contracts }: { loanNo: string; contracts: SignedContractDto[] }) {
  if (contracts.length === 0) return <p className="text-sm text-slate-500">合同尚未签订。</p>;
  return (
    <ul className="space-y-3 text-sm">
      {contracts.map((c) => (
        <li key={c.kind} className="space-y-1">
          <p>
            <a href={`/portal/loans/${encodeURIComponent(loanNo)}/contracts/${c.kind}`} download className="text-sky-700 underline">
              下载{c.label}（{c.contractNo}）
            </a>
            <span className="ml-2 text-slate-500">签订于 {c.signedOn}</span>
          </p>
          <p className="text-slate-600">
            SHA-256：
            {c.sha256 ? (
              <code data-testid={`sha256-${c.kind}`} className="break-all font-mono text-xs">
                {c.sha256}
              </code>
            ) : (
              "（本合同签订于存档功能启用之前，无存档校验值）"
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
