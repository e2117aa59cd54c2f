/**
 * @module
 * Story-wide entity resolution: the mentions of every article grouped into one entity per
 * real-world thing. Mentions meet by the comparison key of their canonical name (so "Kim Jong-un"
 * and "Kim Jong Un" are one), a lone name part joins the one full name of the story it can stand
 * for ("Putin" → "Vladimir Putin", also in an article that never spells the name out), and an
 * acronym joins the name whose initials it spells ("KCNA" = "Korean Central News Agency"). A
 * different person who shares a part keeps their own entity: only one-word forms ever join a full
 * name, so "Kim Taewoo" never becomes "Kim Jong Un". Each entity gets an id (e1…), a name, one
 * type voted by all its mentions and their contexts (`../entities/type-vote.ts`), every surface
 * form as an alias and every mention.
 */
import { layer } from "../../core/doc/document.js";
import type { EntityType, Mention } from "../../core/doc/layers/index.js";
import type { DossierEntity, DossierMention } from "../../core/dossier.js";
import { initialsOf, isAllCaps, isCapitalised, nameKey, tidy } from "../../core/text/names.js";
import { defaultPacks } from "../../lang/registry.js";
import { contextWords, ruleTrust, VoteTally } from "../../stages/entities/type-vote.js";
import type { EntityIndex, Story } from "./story.js";

interface Item {
  readonly article: string;
  /** Order of the article in the story, for stable output. */
  readonly order: number;
  readonly mention: Pick<Mention, "start" | "end" | "text" | "type" | "canonical" | "rule">;
  /** The words around the mention and its article's language, for the type vote. */
  readonly before: string;
  readonly after: string;
  readonly language: string | null;
}

interface Group {
  readonly key: string;
  readonly items: Item[];
}

/** A one-word part may stand for a full name that has this many times more mentions than the next. */
const DOMINANCE = 3;

export function resolveEntities(story: Story): EntityIndex {
  const items = collect(story);
  const groups = groupByKey(items);
  recoverParts(story, groups);
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra, rb);
  };
  joinParts(groups, union);
  joinAliases(groups, union);
  joinAcronyms(groups, union);
  const merged = new Map<string, Item[]>();
  for (const g of groups.values()) {
    const root = find(g.key);
    merged.set(root, [...(merged.get(root) ?? []), ...g.items]);
  }
  const entities = [...merged.values()]
    .map(toEntity)
    .sort((a, b) => b.entity.mentions.length - a.entity.mentions.length || a.first - b.first)
    .map((e, n) => ({ ...e.entity, id: `e${n + 1}` }));
  return indexOf(entities);
}

function collect(story: Story): Item[] {
  const out: Item[] = [];
  story.articles.forEach((a, order) => {
    for (const m of layer(a.doc, "mentions"))
      out.push({
        article: a.key,
        order,
        mention: m,
        ...around(a.doc.text, m.start, m.end, a.doc.meta.language),
      });
  });
  return out;
}

function groupByKey(items: readonly Item[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const item of items) {
    const key = nameKey(item.mention.canonical);
    if (!key) continue;
    const g = groups.get(key) ?? { key, items: [] };
    g.items.push(item);
    groups.set(key, g);
  }
  return groups;
}

function around(text: string, start: number, end: number, language: string | null) {
  return { ...contextWords(text, start, end), language };
}

/** Running vote per item list: lists only grow (`recoverParts` appends), so only new items are counted. */
const tallies = new WeakMap<readonly Item[], VoteTally>();

/** One type per entity, voted by all its mentions with their rules and contexts (type-vote.ts). */
function typeOf(items: readonly Item[]): EntityType {
  let tally = tallies.get(items);
  if (!tally) {
    tally = new VoteTally(defaultPacks);
    tallies.set(items, tally);
  }
  for (let k = tally.count; k < items.length; k++) {
    const i = items[k]!;
    tally.add({ ...i, type: i.mention.type, rule: i.mention.rule });
  }
  return tally.winner();
}

/** "Bursa Efek Indonesia (BEI)": the long name and the short form a mention prints together. */
function bracketed(text: string): { long: string; short: string } | null {
  const m = /^(.*?\S)\s*\(\s*([^()]*?\S)\s*\)$/u.exec(tidy(text));
  return m ? { long: m[1]!, short: m[2]! } : null;
}

/** Full person names of the story (two words or more), with the words a lone part may match. */
function fullPersons(groups: ReadonlyMap<string, Group>): Map<string, string[]> {
  const parts = new Map<string, string[]>();
  for (const g of groups.values()) {
    if (typeOf(g.items) !== "person" || !g.key.includes(" ")) continue;
    const words = g.key.split(" ");
    for (const part of new Set([words[0]!, words[words.length - 1]!])) {
      if (part.length < 3) continue;
      parts.set(part, [...(parts.get(part) ?? []), g.key]);
    }
  }
  return parts;
}

/** The one full name a part stands for in this story: the only one, or a clearly dominant one. */
function ownerOf(part: string, parts: ReadonlyMap<string, string[]>, groups: ReadonlyMap<string, Group>) {
  const keys = parts.get(part);
  if (!keys || keys.length === 0) return undefined;
  if (keys.length === 1) return keys[0];
  const ranked = [...keys].sort((a, b) => groups.get(b)!.items.length - groups.get(a)!.items.length);
  const [top, next] = [groups.get(ranked[0]!)!.items.length, groups.get(ranked[1]!)!.items.length];
  return top >= DOMINANCE * next ? ranked[0] : undefined;
}

function joinParts(groups: ReadonlyMap<string, Group>, union: (a: string, b: string) => void): void {
  const parts = fullPersons(groups);
  const persons = [...groups.values()].filter((g) => typeOf(g.items) === "person");
  for (const g of persons) {
    if (!g.key.includes(" ")) {
      const owner = ownerOf(g.key, parts, groups);
      if (owner) union(g.key, owner);
      continue;
    }
    // A name cut short somewhere ("Kim Jong") joins the one longer name it begins.
    const longer = persons.filter((o) => o.key.startsWith(`${g.key} `));
    if (longer.length === 1) union(g.key, longer[0]!.key);
    // "Retno LP Marsudi" = "Retno Marsudi": middle initials dropped.
    const core = coreKey(g.key);
    const same = persons.filter((o) => o !== g && o.key.includes(" ") && coreKey(o.key) === core);
    for (const o of same) union(g.key, o.key);
  }
}

/** A person key without its middle initials ("retno lp marsudi" → "retno marsudi"). */
function coreKey(key: string): string {
  const words = key.split(" ");
  return words.filter((w, k) => k === 0 || k === words.length - 1 || w.length > 2).join(" ");
}

/**
 * A name printed as a form of another in one article ("Joko Widodo (Jokowi)", the "BEI" of
 * "Bursa Efek Indonesia (BEI)") is that entity in every article, when the form points to one
 * entity only.
 */
function joinAliases(groups: ReadonlyMap<string, Group>, union: (a: string, b: string) => void): void {
  const owners = new Map<string, Set<string>>();
  for (const g of groups.values()) {
    for (const { mention } of g.items) {
      const parts = bracketed(mention.text);
      for (const printed of parts ? [parts.long, parts.short] : [mention.text]) {
        const form = nameKey(printed);
        if (form !== g.key) owners.set(form, (owners.get(form) ?? new Set()).add(g.key));
      }
    }
  }
  for (const [form, keys] of owners) {
    if (keys.size !== 1 || !groups.has(form)) continue;
    const [owner] = keys;
    if (typeOf(groups.get(form)!.items) === typeOf(groups.get(owner!)!.items)) union(form, owner!);
  }
}

/**
 * Adds mentions the article-level stage could not make: a lone part ("Putin") in an article that
 * never names the person in full, a full multi-word name another article found, and an acronym
 * another article defined.
 */
function recoverParts(story: Story, groups: Map<string, Group>): void {
  const parts = fullPersons(groups);
  const multi = [...groups.values()].filter((g) => g.key.includes(" ") && typeOf(g.items) !== "place");
  // Multi-word names by their first word, so each token is checked against a few names only.
  const byFirst = new Map<string, Group[]>();
  for (const g of multi) {
    const first = g.key.split(" ")[0]!;
    byFirst.set(first, [...(byFirst.get(first) ?? []), g]);
  }
  // Acronyms some article printed for an organisation or event ("NEC" after its definition).
  const acronyms = new Map<string, string>();
  for (const g of groups.values()) {
    if (typeOf(g.items) !== "organization" && typeOf(g.items) !== "event") continue;
    for (const { mention } of g.items) {
      const short = bracketed(mention.text)?.short ?? mention.text;
      if (isAllCaps(short) && !short.includes(" ")) acronyms.set(short, g.key);
    }
  }
  story.articles.forEach((a, order) => {
    const taken = layer(a.doc, "mentions").map((m) => [m.start, m.end] as const);
    const free = (s: number, e: number) => !taken.some(([ts, te]) => s < te && ts < e);
    const tokens = layer(a.doc, "tokens");
    const add = (key: string, start: number, end: number, rule: string) => {
      const g = groups.get(key)!;
      const text = a.doc.text.slice(start, end);
      const type = typeOf(g.items);
      g.items.push({
        article: a.key,
        order,
        mention: { start, end, text, type, canonical: key, rule },
        ...around(a.doc.text, start, end, a.doc.meta.language),
      });
      taken.push([start, end]);
    };
    for (let i = 0; i < tokens.length; i++) {
      if (!isCapitalised(tokens[i]!.text)) continue;
      const first = nameKey(tokens[i]!.text).split(" ")[0]!;
      for (const g of byFirst.get(first) ?? []) {
        const words = g.key.split(" ").length;
        // "Kim Jong-un" is two tokens for the three words of the key "kim jong un".
        for (let n = Math.min(words, tokens.length - i); n >= 1; n--) {
          const span = tokens.slice(i, i + n);
          if (nameKey(span.map((t) => t.text).join(" ")) !== g.key) continue;
          const [start, end] = [span[0]!.start, span[n - 1]!.end];
          if (free(start, end)) add(g.key, start, end, "consolidate/recovered-name");
          break;
        }
      }
    }
    tokens.forEach((t, i) => {
      if (!isCapitalised(t.text)) return;
      if (isAllCaps(t.text)) {
        const owner = acronyms.get(t.text);
        if (owner && free(t.start, t.end)) add(owner, t.start, t.end, "consolidate/recovered-acronym");
        return;
      }
      // A part beside another capitalised word belongs to a longer name ("Kim" of "Kim Jong-un").
      if (isCapitalised(tokens[i + 1]?.text ?? "") && /^\p{L}/u.test(tokens[i + 1]!.text)) return;
      const owner = ownerOf(nameKey(t.text), parts, groups);
      if (owner && free(t.start, t.end)) add(owner, t.start, t.end, "consolidate/recovered-part");
    });
  });
}

/** An all-capitals organisation name joins the one multi-word name whose initials it spells. */
function joinAcronyms(groups: ReadonlyMap<string, Group>, union: (a: string, b: string) => void): void {
  const byInitials = new Map<string, string[]>();
  for (const g of groups.values()) {
    if (!g.key.includes(" ") || typeOf(g.items) === "person") continue;
    for (const canonical of new Set(g.items.map((i) => i.mention.canonical))) {
      const initials = initialsOf(canonical);
      if (initials.length < 2) continue;
      byInitials.set(initials, [...new Set([...(byInitials.get(initials) ?? []), g.key])]);
    }
  }
  for (const g of groups.values()) {
    const forms = g.items.map((i) => i.mention.canonical).filter((c) => isAllCaps(c) && !c.includes(" "));
    const acronym = forms[0]?.replace(/\./g, "");
    if (!acronym) continue;
    const owners = byInitials.get(acronym) ?? [];
    if (owners.length === 1 && owners[0] !== g.key) union(g.key, owners[0]!);
  }
}

function toEntity(items: Item[]): { entity: DossierEntity; first: number } {
  const type = typeOf(items);
  const sorted = [...items].sort((a, b) => a.order - b.order || a.mention.start - b.mention.start);
  const name = nameOf(sorted, type);
  const aliases = new Set<string>();
  for (const { mention } of sorted) {
    const parts = bracketed(mention.text);
    const printed = parts ? [parts.long, parts.short] : [tidy(mention.text)];
    for (const form of [...printed, mention.canonical]) if (form !== name && !isKey(form)) aliases.add(form);
  }
  const mentions: DossierMention[] = sorted.map(({ article, mention }) => ({
    article,
    start: mention.start,
    end: mention.end,
    text: mention.text,
  }));
  const first = sorted[0]!.order * 1e9 + sorted[0]!.mention.start;
  return { entity: { id: "", name, type, aliases: [...aliases], mentions }, first };
}

/** Recovered mentions carry the bare key as canonical; it is not a spelling anyone printed. */
function isKey(form: string): boolean {
  return form === form.toLowerCase() && form === nameKey(form);
}

/**
 * The entity's name: for people the fullest spelling (most words, then most used, then the spaced
 * romanisation "Kim Jong Un" over "Kim Jong-un"); for the rest, the canonical of the most trusted
 * mentions (a listed name's English canonical), then the most used.
 */
function nameOf(items: readonly Item[], type: EntityType): string {
  const score = new Map<string, number>();
  for (const { mention } of items) {
    if (isKey(mention.canonical)) continue;
    score.set(mention.canonical, (score.get(mention.canonical) ?? 0) + ruleTrust(mention.rule) * 10 + 1);
  }
  const names = [...score.entries()];
  if (names.length === 0) return tidy(items[0]!.mention.text);
  const words = (s: string) => s.split(/[\s-]+/).length;
  names.sort(
    ([a, sa], [b, sb]) =>
      (type === "person" ? words(b) - words(a) : 0) ||
      sb - sa ||
      Number(a.includes("-")) - Number(b.includes("-")) ||
      a.localeCompare(b),
  );
  return names[0]![0];
}

function indexOf(entities: readonly DossierEntity[]): EntityIndex {
  const byMention = new Map<string, DossierEntity>();
  const byArticle = new Map<string, { m: DossierMention; e: DossierEntity }[]>();
  const names = new Map<string, DossierEntity>();
  for (const e of entities) {
    for (const m of e.mentions) {
      byMention.set(`${m.article}:${m.start}:${m.end}`, e);
      byArticle.set(m.article, [...(byArticle.get(m.article) ?? []), { m, e }]);
    }
    for (const n of [e.name, ...e.aliases]) {
      const k = nameKey(n);
      if (k && !names.has(k)) names.set(k, e);
    }
  }
  return {
    entities,
    at(article, start, end) {
      const exact = byMention.get(`${article}:${start}:${end}`);
      if (exact) return exact;
      // A span that overlaps mentions (a speaker phrase with its title and office, say) belongs to
      // the person it names, else to the mention it covers most of.
      const hits = (byArticle.get(article) ?? []).filter(({ m }) => m.start < end && start < m.end);
      const cover = (m: DossierMention) => Math.min(end, m.end) - Math.max(start, m.start);
      hits.sort(
        (a, b) => Number(b.e.type === "person") - Number(a.e.type === "person") || cover(b.m) - cover(a.m),
      );
      return hits[0]?.e;
    },
    byName: (name) => names.get(nameKey(name)),
  };
}
