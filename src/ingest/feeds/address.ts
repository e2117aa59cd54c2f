/**
 * @module
 * Which network addresses kabar may fetch from. Only globally routable unicast addresses are
 * allowed unless the user allows private ones, so a feed (or a redirect, an item link, or a DNS
 * answer) cannot point kabar at services inside the user's network. Classification is done by
 * ipaddr.js rather than by hand: it parses every literal form (decimal, hex, octal, compressed
 * IPv6, IPv4-mapped IPv6) and knows the special-purpose ranges; a hand-written check missed
 * `::ffff:7f00:1` (issue 13).
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import ipaddr from "ipaddr.js";

/**
 * IPv6 ranges that carry an IPv4 address inside (NAT64, SIIT, 6to4, Teredo): where they lead
 * depends on a translator we cannot see, so they are refused whatever the embedded address.
 */
const TRANSLATED_V6 = new Set(["ipv4Mapped", "rfc6145", "rfc6052", "6to4", "teredo"]);

/**
 * Why `ip` must not be fetched from (its range name, e.g. `loopback`), or null for a public
 * unicast address. Anything that does not parse as an address is refused.
 */
export function addressRefusal(ip: string): string | null {
  const bare = ip.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    // process() unwraps IPv4-mapped IPv6 (`::ffff:127.0.0.1`, `::ffff:7f00:1`) to the IPv4 inside.
    addr = ipaddr.process(bare);
  } catch {
    return "not an IP address";
  }
  const range = addr.range();
  if (range === "unicast") return null;
  if (addr.kind() === "ipv6" && TRANSLATED_V6.has(range)) return `translated IPv6 (${range})`;
  return range;
}

/** True for addresses a fetch must not reach without `--allow-private`. */
export function isPrivateAddress(ip: string): boolean {
  return addressRefusal(ip) !== null;
}

/** Whether `host` (a URL's hostname) is an IP literal in any form ipaddr.js accepts. */
export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(host.replace(/^\[|\]$/g, ""));
}

/** Host names that always mean this machine, whatever DNS says (RFC 6761). */
export function isLocalHostName(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, "");
  return h === "localhost" || h.endsWith(".localhost") || h === "localhost.localdomain";
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for sockets that fails when any resolved address is private, so DNS answers cannot
 * smuggle a private address past the URL check. The socket's connected address is checked again
 * after connecting (see `fetch.ts`), which also covers literal IPs, for which sockets skip lookup.
 */
export function guardedLookup(
  hostname: string,
  options: { all?: boolean; family?: number | string },
  callback: LookupCallback,
): void {
  dnsLookup(hostname, { ...options, all: true } as { all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    if (bad) {
      const e = new Error(
        `${hostname} resolves to a private address (${bad.address})`,
      ) as NodeJS.ErrnoException;
      e.code = "E_PRIVATE_ADDRESS";
      return callback(e, []);
    }
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(new Error(`${hostname} has no address`), []);
    callback(null, first.address, first.family);
  });
}
