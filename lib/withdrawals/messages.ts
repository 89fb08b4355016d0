/** Chinese messages for the withdrawal use cases' DomainError codes (the edge shows these). */
export const WITHDRAWAL_MESSAGES: Record<string, string> = {
  NO_ACCOUNT: "未找到公积金账户",
  RULES: "申请不符合提取规定，请按提示修改",
  IN_FLIGHT: "您已有一笔同一原因的提取申请正在办理，请等待办结后再申请",
  NOT_FOUND: "未找到该提取申请",
  STALE: "该申请已被他人处理，请刷新后查看",
  INSUFFICIENT_BALANCE: "账户余额不足，不能支付",
  NOTE_REQUIRED: "不予批准时请填写理由",
  DOCUMENT_INVALID: "上传的材料不符合要求",
  FORBIDDEN: "无权办理该申请",
  HELD: "该申请正在风险核查中，核查完毕后方可审批",
  BLACKLISTED: "申请人已被列入失信黑名单，不得办理住房公积金提取",
  INSIDER_CONFLICT: "经办人员不得办理本人或已申报亲属的业务",
  REGISTRY_MISMATCH: "所填不动产权证书信息与不动产登记簿记载不符",
};
