/** The name shown in every header and page title. */
export const CENTER_NAME = "住房公积金管理中心";
