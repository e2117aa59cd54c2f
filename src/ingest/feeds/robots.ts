/**
 * @module
 * robots.txt: the group for kabar's user agent (or `*`), its Allow and Disallow path prefixes
 * (with `*` and `$` patterns), and the longest-match rule of RFC 9309.
 */

export interface Robots {
  readonly rules: readonly { readonly allow: boolean; readonly pattern: RegExp; readonly length: number }[];
}

const AGENT = "kabar";

/** Parses robots.txt, keeping the rules of the most specific group that names kabar or `*`. */
export function parseRobots(text: string): Robots {
  const groups: { agents: string[]; lines: [string, string][] }[] = [];
  let current: { agents: string[]; lines: [string, string][] } | null = null;
  let lastWasAgent = false;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*/, "").trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === "user-agent") {
      if (!current || !lastWasAgent) {
        current = { agents: [], lines: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
    } else {
      lastWasAgent = false;
      if (current && (key === "allow" || key === "disallow")) current.lines.push([key, value]);
    }
  }
  const mine = groups.filter((g) => g.agents.some((a) => a !== "*" && AGENT.includes(a)));
  const chosen = mine.length > 0 ? mine : groups.filter((g) => g.agents.includes("*"));
  const rules = chosen
    .flatMap((g) => g.lines)
    .filter(([, path]) => path !== "")
    .map(([key, path]) => ({ allow: key === "allow", pattern: toPattern(path), length: path.length }));
  return { rules };
}

function toPattern(path: string): RegExp {
  const anchored = path.endsWith("$");
  const body = (anchored ? path.slice(0, -1) : path)
    .split("*")
    .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${body}${anchored ? "$" : ""}`);
}

/** Longest matching rule wins; Allow wins a tie; no match means allowed. */
export function isAllowed(robots: Robots, path: string): boolean {
  let best: { allow: boolean; length: number } | null = null;
  for (const r of robots.rules) {
    if (!r.pattern.test(path)) continue;
    if (!best || r.length > best.length || (r.length === best.length && r.allow)) best = r;
  }
  return best ? best.allow : true;
}
