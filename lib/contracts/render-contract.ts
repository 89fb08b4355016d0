import { rgb, type PDFPage } from "pdf-lib";
import { A4, MARGIN, createChinesePdf, wrapText } from "@/lib/contracts/pdf-page";
import { displayYuan } from "@/lib/money";
import { toChineseCapitalAmount } from "@/lib/contracts/chinese-amount";
import type { ContractData } from "@/lib/contracts/contract-data";

/**
 * The loan contract (借款合同) and the mortgage contract (抵押合同) as A4 PDFs. The Chinese font is
 * embedded as a subset (only the glyphs used), so a contract stays tens of kilobytes.
 */
const BODY = 11;

type Writer = { page: PDFPage; y: number };

export async function renderContractPdf(data: ContractData, fontBytes: Uint8Array): Promise<Uint8Array> {
  const { pdf, font } = await createChinesePdf(fontBytes);
  const title = data.kind === "loan" ? "个人住房公积金借款合同" : "个人住房公积金贷款抵押合同";
  pdf.setTitle(`${title} ${data.contractNo}`);
  pdf.setCreator(data.centerName);

  const w: Writer = { page: pdf.addPage([A4.width, A4.height]), y: A4.height - MARGIN };
  const newPageIfNeeded = (need: number) => {
    if (w.y - need < MARGIN) {
      w.page = pdf.addPage([A4.width, A4.height]);
      w.y = A4.height - MARGIN;
    }
  };
  const text = (value: string, size = BODY, gap = 6) => {
    for (const line of wrapText(value, font, size, A4.width - 2 * MARGIN)) {
      newPageIfNeeded(size + gap);
      w.page.drawText(line, { x: MARGIN, y: w.y - size, size, font, color: rgb(0.1, 0.1, 0.1) });
      w.y -= size + gap;
    }
  };
  const heading = (value: string) => {
    w.y -= 6;
    text(value, 13, 8);
  };

  const titleSize = 18;
  w.page.drawText(title, { x: (A4.width - font.widthOfTextAtSize(title, titleSize)) / 2, y: w.y - titleSize, size: titleSize, font });
  w.y -= titleSize + 16;
  // The number is issued when signing is recorded; a copy printed before that says so.
  const number = data.signed ? data.contractNo : "签约确认时生成";
  text(`合同编号：${number}    贷款编号：${data.loanNo}    办件编号：${data.caseNo}`, 9);
  w.y -= 6;

  const principal = `人民币（大写）${toChineseCapitalAmount(data.principal)}（小写 ${displayYuan(data.principal)}）`;
  const partyA = data.kind === "loan" ? "借款人（甲方）" : "抵押人（甲方）";
  const partyB = data.kind === "loan" ? "贷款人（乙方）" : "抵押权人（乙方）";
  heading("一、合同当事人");
  text(`${partyA}：${data.borrower.name}    身份证号：${data.borrower.idNumber}    联系电话：${data.borrower.phone}`);
  if (data.coBorrower)
    text(`共同${data.kind === "loan" ? "借款人" : "抵押人"}：${data.coBorrower.name}    身份证号：${data.coBorrower.idNumber}`);
  text(`${partyB}：${data.centerName}`);

  heading("二、抵押物（不动产）");
  text(`不动产单元号：${data.property.unitNo}`);
  text(`不动产权证书号：${data.property.certNo}`);
  text(`坐落：${data.property.address}    建筑面积：${data.property.area} 平方米`);
  text(`权利人：${data.property.owners}`);

  if (data.kind === "loan") {
    heading("三、借款金额、期限与利率");
    text(`借款金额：${principal}`);
    text(`借款期限：${data.termMonths} 个月（${(data.termMonths / 12).toFixed(data.termMonths % 12 ? 1 : 0)} 年），自放款之日起算。`);
    text(`年利率：${data.annualRatePercent}%，按月计息，月利率为年利率除以十二。`);
    text(`还款方式：${data.methodLabel}，按月归还，每期还款日为放款日的对应日。`);
    heading("四、放款");
    text(`乙方在抵押登记办妥并经复核后，将借款一次性划入甲方指定的售房款账户：收款人 ${data.payeeName}，账号 ${data.payeeAccount}。`);
    heading("五、其他约定");
    text("甲方以本合同所列不动产设定抵押，作为本合同项下借款的担保；抵押事项另行签订抵押合同并办理不动产抵押登记。");
    text("甲方应按期足额还款；逾期的，乙方按规定计收罚息，并可从甲方住房公积金账户中扣划。");
  } else {
    heading("三、被担保的主债权");
    text(`主债权为贷款编号 ${data.loanNo} 之借款合同项下的借款本金 ${principal}，及其利息、罚息和实现抵押权的费用。`);
    text(`借款期限：${data.termMonths} 个月；年利率：${data.annualRatePercent}%；还款方式：${data.methodLabel}。`);
    heading("四、抵押登记");
    text("双方同意在本合同签订后即在综合窗口办理不动产抵押登记，登记机构出具不动产登记证明（抵押权）。");
    text("抵押期间，未经乙方书面同意，甲方不得转让、出租或再次抵押抵押物。借款全部清偿后，乙方同步办理抵押注销登记。");
  }

  w.y -= 24;
  newPageIfNeeded(80);
  text(`${partyA}（签字）：____________`);
  text(`${partyB}（盖章）：${data.centerName}`);
  text(`签订日期：${data.printedOn}${data.signed ? "（已签约）" : ""}`);
  return pdf.save();
}
