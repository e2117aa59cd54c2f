import { describe, expect, it } from "vitest";
import { addressRefusal, isIpLiteral, isLocalHostName, isPrivateAddress } from "./address.js";

// Issue 13: every spelling of a loopback, private, link-local, mapped or translated address is
// refused; only public unicast passes. Literal forms are what `new URL()` leaves in `hostname`.
describe("addressRefusal", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["0.0.0.0", "unspecified"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.0.1", "private"],
    ["169.254.169.254", "linkLocal"],
    ["100.64.0.1", "carrierGradeNat"],
    ["224.0.0.1", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["198.18.0.1", "reserved"],
    ["192.0.2.1", "reserved"],
    ["::1", "loopback"],
    ["[::1]", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "linkLocal"],
    ["fe80::1%eth0", "linkLocal"],
    ["fd00::1", "uniqueLocal"],
    ["fc00::1", "uniqueLocal"],
    ["ff02::1", "multicast"],
    // IPv4-mapped IPv6, in the dotted form and in the hex form the URL parser normalises to.
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["[::ffff:7f00:1]", "loopback"],
    ["::ffff:a00:1", "private"],
    ["::ffff:a9fe:a9fe", "linkLocal"],
    ["0:0:0:0:0:ffff:7f00:1", "loopback"],
    // Translated forms whose real destination is decided by a translator: refused outright.
    ["64:ff9b::7f00:1", "translated IPv6 (rfc6052)"],
    ["64:ff9b::808:808", "translated IPv6 (rfc6052)"],
    ["::ffff:0:7f00:1", "translated IPv6 (rfc6145)"],
    ["2002:7f00:1::", "translated IPv6 (6to4)"],
    ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "translated IPv6 (teredo)"],
    // IPv4-compatible (deprecated) and documentation ranges.
    ["2001:db8::1", "reserved"],
    ["not-an-ip", "not an IP address"],
    ["", "not an IP address"],
  ])("%s is refused as %s", (ip, range) => {
    expect(addressRefusal(ip)).toBe(range);
    expect(isPrivateAddress(ip)).toBe(true);
  });

  it.each([["8.8.8.8"], ["172.32.0.1"], ["1.1.1.1"], ["2606:4700::1111"], ["::ffff:808:808"]])(
    "%s is public",
    (ip) => {
      expect(addressRefusal(ip)).toBeNull();
      expect(isPrivateAddress(ip)).toBe(false);
    },
  );

  it.each([
    ["localhost", true],
    ["LOCALHOST.", true],
    ["api.localhost", true],
    ["localhost.example.com", false],
    ["example.com", false],
  ])("isLocalHostName(%s) = %s", (host, expected) => {
    expect(isLocalHostName(host)).toBe(expected);
  });

  it.each([
    ["127.0.0.1", true],
    ["[::ffff:7f00:1]", true],
    ["::1", true],
    ["example.com", false],
  ])("isIpLiteral(%s) = %s", (host, expected) => {
    expect(isIpLiteral(host)).toBe(expected);
  });
});
