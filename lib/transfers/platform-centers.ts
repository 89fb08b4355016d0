import type { PlatformCenter } from "./platform-port";

/**
 * The local platform simulator's directory of centers, with each one's settlement account at the
 * simulated bank (a transfer out is paid there). No imports beyond types: the seed reads it too.
 * A center marked offline never answers (PLATFORM_UNAVAILABLE), to rehearse a platform failure.
 */
export const LOCAL_PLATFORM_CENTERS: readonly (PlatformCenter & { settlementAccount: string; offline?: boolean })[] = [
  { code: "320100", name: "南京住房公积金管理中心", city: "南京市", settlementAccount: "95588003201000001" },
  { code: "110000", name: "北京住房公积金管理中心", city: "北京市", settlementAccount: "95588001100000001" },
  { code: "310000", name: "上海市公积金管理中心", city: "上海市", settlementAccount: "95588003100000001" },
  { code: "330100", name: "杭州住房公积金管理中心", city: "杭州市", settlementAccount: "95588003301000001" },
  { code: "440100", name: "广州住房公积金管理中心", city: "广州市", settlementAccount: "95588004401000001" },
  { code: "510100", name: "成都住房公积金管理中心", city: "成都市", settlementAccount: "95588005101000001", offline: true },
];
