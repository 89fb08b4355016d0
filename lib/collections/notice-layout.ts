import { rgb } from "pdf-lib";
import { toChineseCapitalAmount } from "@/lib/contracts/chinese-amount";
import { displayYuan } from "@/lib/money";
import { A4, MARGIN, createChinesePdf, wrapText } from "@/lib/contracts/pdf-page";

/** What a 逾期贷款通知单 says: the issued snapshot plus who it is from and to. Amounts are yuan strings. */
export type NoticeDocument = {
  noticeNo: string;
  issuedOn: string;
  payBy: string;
  centerName: string;
  /** The center's contact line: the collector and the service hotline. */
  contact: string;
  borrowerName: string;
  borrowerIdMasked: string;
  loanNo: string;
  contractNo: string | null;
  overduePeriods: number;
  overduePrincipal: string;
  overdueInterest: string;
  penaltyInterest: string;
  totalDue: string;
  /** "逾期罚息 → 逾期利息 → …" from the deduction order in force. */
  deductionOrder: string;
};

const BODY = 11.5;

/** The notice as a one-page A4 PDF, the Chinese font embedded as a subset; the title carries the number. */
export async function drawOverdueNotice(n: NoticeDocument, fontBytes: Uint8Array): Promise<Uint8Array> {
  const { pdf, font } = await createChinesePdf(fontBytes);
  pdf.setTitle(`逾期贷款通知单 ${n.noticeNo}`);
  pdf.setSubject(`贷款编号 ${n.loanNo}`);
  pdf.setCreator(n.centerName);
  const page = pdf.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;
  const color = rgb(0.1, 0.1, 0.1);
  const text = (value: string, opts: { size?: number; indent?: number; gap?: number } = {}) => {
    const size = opts.size ?? BODY;
    const indent = opts.indent ?? 0;
    for (const line of wrapText(value, font, size, A4.width - 2 * MARGIN - indent)) {
      page.drawText(line, { x: MARGIN + indent, y: y - size, size, font, color });
      y -= size + (opts.gap ?? 7);
    }
  };
  const right = (value: string, size = BODY) => {
    page.drawText(value, { x: A4.width - MARGIN - font.widthOfTextAtSize(value, size), y: y - size, size, font, color });
    y -= size + 8;
  };

  const title = "住房公积金逾期贷款通知单";
  page.drawText(title, { x: (A4.width - font.widthOfTextAtSize(title, 20)) / 2, y: y - 20, size: 20, font });
  y -= 40;
  right(`通知单编号：${n.noticeNo}`, 10);
  y -= 6;
  text(`${n.borrowerName}（身份证号 ${n.borrowerIdMasked}）：`);
  const contract = n.contractNo ? `，借款合同编号 ${n.contractNo}` : "";
  text(`您在${n.centerName}办理的个人住房公积金贷款（贷款编号 ${n.loanNo}${contract}）已逾期。截至 ${n.issuedOn}，您尚欠下列款项：`, {
    indent: 23,
  });
  y -= 4;
  const rows: [string, string][] = [
    ["逾期期数", `${n.overduePeriods} 期`],
    ["逾期本金", displayYuan(n.overduePrincipal)],
    ["逾期利息", displayYuan(n.overdueInterest)],
    ["逾期罚息", displayYuan(n.penaltyInterest)],
    ["合计应还", `${displayYuan(n.totalDue)}（人民币大写 ${toChineseCapitalAmount(n.totalDue)}）`],
  ];
  for (const [label, value] of rows) text(`${label}：${value}`, { indent: 46 });
  y -= 4;
  text(`请您于 ${n.payBy} 前将上述欠款足额归还，可登录网上服务大厅在线还款，或到本中心综合窗口办理。`, { indent: 23 });
  text(`您的还款按以下顺序冲抵：${n.deductionOrder}。逾期期间本中心按借款合同约定继续计收罚息。`, { indent: 23 });
  text(
    "逾期仍不归还的，本中心将依照借款合同约定和有关规定，采取扣划您的住房公积金账户余额、上门催收、约见所在单位、依法诉讼或申请公证强制执行等措施，并可提请列入失信名单。",
    { indent: 23 },
  );
  text("如您已还清上述欠款，请忽略本通知。", { indent: 23 });
  y -= 8;
  text(`联系方式：${n.contact}`);
  y -= 36;
  right(`${n.centerName}（盖章）`);
  right(n.issuedOn);
  return pdf.save();
}
