import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/security/client-ip";

describe("client IP", () => {
  it("the client IP is the last X-Forwarded-For hop (the one our reverse proxy saw)", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.7" }))).toBe("10.0.0.7");
    expect(clientIp(new Headers({ "x-forwarded-for": "127.0.0.1" }))).toBe("127.0.0.1");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});
