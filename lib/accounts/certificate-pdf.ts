import { rgb } from "pdf-lib";
import { createChinesePdf } from "@/lib/contracts/pdf-page";
import { displayYuan } from "@/lib/money";
import type { CertificateSnapshot } from "@/lib/accounts/issue-certificate";

/** The 缴存证明 as a one-page A4 PDF with the Chinese font embedded as a subset. */
export async function renderCertificatePdf(opts: {
  snapshot: CertificateSnapshot;
  code: string;
  centerName: string;
  verifyUrl: string;
  fontBytes: Uint8Array;
}): Promise<Uint8Array> {
  const { snapshot: s } = opts;
  const { pdf, font } = await createChinesePdf(opts.fontBytes);
  pdf.setTitle(`住房公积金缴存证明 ${opts.code}`);
  pdf.setCreator(opts.centerName);
  const page = pdf.addPage([595.28, 841.89]);
  let y = 780;
  const title = "住房公积金缴存证明";
  page.drawText(title, { x: (595.28 - font.widthOfTextAtSize(title, 20)) / 2, y, size: 20, font });
  y -= 44;
  const line = (text: string, size = 12) => {
    page.drawText(text, { x: 64, y, size, font, color: rgb(0.1, 0.1, 0.1) });
    y -= size + 12;
  };
  line(`兹证明 ${s.holderName}（身份证号 ${s.idNumberMasked}）在本中心缴存住房公积金，情况如下：`);
  y -= 6;
  const rows: [string, string][] = [
    ["公积金账号", s.accountNo],
    ["缴存单位", s.employerName],
    ["账户状态", s.status],
    ["账户余额", displayYuan(s.balance)],
    ["缴存基数", displayYuan(s.contributionBase)],
    ["缴存比例（单位 / 个人）", `${s.employerRate}% / ${s.personalRate}%`],
    ["已缴存月数", `${s.monthsContributed} 个月`],
    ["缴存期间", s.firstMonth && s.lastMonth ? `${s.firstMonth} 至 ${s.lastMonth}` : "无"],
  ];
  for (const [label, value] of rows) line(`${label}：${value}`);
  y -= 12;
  line(`出具日期：${s.issuedOn}`);
  line(`出具单位：${opts.centerName}`);
  y -= 12;
  line(`验证码：${opts.code}`, 14);
  line(`核验地址：${opts.verifyUrl}`, 10);
  line("本证明内容以核验页面显示为准。", 10);
  return pdf.save();
}
