/**
 * @module
 * Indirect speech: the clause a reporting verb governs (`X mengatakan (bahwa) …`,
 * `X said (that) …`, `X told reporters that …`), a clause with its source after a comma
 * (`…, kata militer Korea Selatan`, `…, the ministry said`, `…, menurut pejabat AS`) and a
 * clause after a leading source marker (`Menurut X, …`, `According to X, …`). The span is the
 * reported clause without its closing punctuation. Clauses that are mostly a direct quote are left
 * to the direct-quote rules.
 */
import type { Sentence } from "../../core/doc/layers/text-units.js";
import { type Attribution, phraseEnd, pickNamed, pickSubject, type Scope } from "./attribution.js";
import { type CueHit, cueAt, findCues, type Word, wordsIn } from "./words.js";

export interface Found {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly attribution: Attribution;
}

type Range = { readonly start: number; readonly end: number };

const inside = (pos: number, ranges: readonly Range[]): boolean =>
  ranges.some((r) => pos >= r.start && pos < r.end);

function covered(start: number, end: number, ranges: readonly Range[]): number {
  let n = 0;
  for (const r of ranges) n += Math.max(0, Math.min(end, r.end) - Math.max(start, r.start));
  return end > start ? n / (end - start) : 1;
}

/** Trims whitespace and closing punctuation off a clause's ends. */
function trimClause(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,:;—–-]/u.test(text[start]!)) start++;
  while (end > start && /[\s.,;:!?—–-]/u.test(text[end - 1]!)) end--;
  return [start, end];
}

function accept(
  scope: Scope,
  quoted: readonly Range[],
  start: number,
  end: number,
): [number, number] | undefined {
  const [s, e] = trimClause(scope.text, start, end);
  if (wordsIn(scope.text, s, e).length < 3) return undefined;
  if (/^["“”„«‘']/u.test(scope.text.slice(s, s + 1))) return undefined;
  if (covered(s, e, quoted) >= 0.5) return undefined;
  return [s, e];
}

/** `…, kata X` / `…, X said` / `…, menurut X`: the clause before the comma. */
function postClause(
  scope: Scope,
  s: Sentence,
  words: readonly Word[],
  quoted: readonly Range[],
): Found | undefined {
  const { text, cues } = scope;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (inside(w.start, quoted)) continue;
    const gap = text.slice(words[i - 1]!.end, w.start);
    if (!gap.includes(",") || /["“”„»’']/u.test(gap)) continue;
    // The cue first (`, kata X`) or after a short subject (`, the minister said`).
    for (let k = i; k < Math.min(words.length, i + 5); k++) {
      if (k > i && /[,;:()]/u.test(text.slice(words[k - 1]!.end, words[k]!.start))) break;
      const hit: CueHit | undefined = cueAt(words, k, cues.post) ?? cueAt(words, k, cues.suffix);
      if (!hit) continue;
      const isSuffix = cueAt(words, k, cues.suffix) !== undefined;
      const rest = words.slice(k + hit.length);
      if (rest.some((r) => cues.complementizers.has(r.lower))) break;
      if (rest[0] && cues.nounAfterCue.has(rest[0].lower)) break;
      // The attribution must close the sentence or run only to a comma or a stop word.
      const cueEnd = words[k + hit.length - 1]!.end;
      // `…, the coach said, "…"`: the cue introduces a direct quote, not this clause.
      if (/^[\s,:]*["“„«‘']/u.test(text.slice(cueEnd, s.end))) break;
      const npEnd = rest.length && !isSuffix ? phraseEnd(scope, words, k + hit.length, s.end) : cueEnd;
      // `Penangkapan itu, kata dia, merupakan …` / `Firefighters, he added, would …`: the
      // attribution interrupts the clause, which goes on after the next comma.
      const attrEnd = k === i ? npEnd : cueEnd;
      const after = words.find((x) => x.start >= attrEnd);
      const interrupted =
        !!after &&
        /^\s*,/u.test(text.slice(attrEnd, after.start)) &&
        !cues.stops.has(after.lower) &&
        wordsIn(text, after.start, s.end).length >= 3;
      if (interrupted) {
        // "Menyinggung …, Kapolres menegaskan, …": a verb that follows its subject governs what
        // comes after it; the words before are circumstance.
        const before = wordsIn(text, s.start, words[i - 1]!.end);
        const onlyAfter =
          before.every((x) => cues.connectives.has(x.lower)) ||
          (k > i && cues.speakerBeforeOnly.has(hit.cue));
        const clause = accept(scope, quoted, onlyAfter ? after.start : s.start, s.end);
        if (!clause) break;
        const speaker = isSuffix
          ? ({
              name: words[k]!.text,
              start: words[k]!.start,
              end: words[k]!.end,
              kind: "pronoun",
              pronoun: "-nya",
            } as const)
          : k > i
            ? pickNamed(scope, w.start, words[k - 1]!.end)
            : pickNamed(scope, rest[0]!.start, npEnd);
        const attribution: Attribution = {
          cue: hit.cue,
          speaker,
          via: isSuffix ? "suffix" : "attribution",
          relay: cues.relay.has(hit.cue),
        };
        return { start: clause[0], end: clause[1], rule: "quotes/indirect-interrupted", attribution };
      }
      if (k === i) {
        if (rest[0] && cues.stops.has(rest[0].lower)) break;
        if (!isSuffix && cues.speakerBeforeOnly.has(hit.cue)) break;
        const tail = text.slice(npEnd, s.end);
        const closes = /^\s*([,.;!?)]|$)/u.test(tail);
        if (rest.length && !closes && !cues.stops.has(wordAfter(words, npEnd))) break;
        // `, said the company is …` is a clause, not an attribution: a speaker that is not a name
        // must close the sentence or its clause.
        const named = rest.length ? pickNamed(scope, rest[0]!.start, npEnd) : null;
        if (rest.length && !closes && (!named || named.kind === "phrase")) break;
      } else {
        // `…, the minister said (on Tuesday).`: a short subject, nothing but circumstance after.
        if (cues.stops.has(w.lower) || k - i > 4) break;
        if (rest.length > 0 && !cues.stops.has(rest[0]!.lower)) break;
      }
      const clause = accept(scope, quoted, s.start, words[i - 1]!.end);
      if (!clause) break;
      const relay = cues.relay.has(hit.cue);
      const attribution: Attribution = isSuffix
        ? {
            cue: hit.cue,
            speaker: {
              name: words[k]!.text,
              start: words[k]!.start,
              end: words[k]!.end,
              kind: "pronoun",
              pronoun: "-nya",
            },
            via: "suffix",
            relay,
          }
        : k > i
          ? { cue: hit.cue, speaker: pickNamed(scope, w.start, words[k - 1]!.end), via: "attribution", relay }
          : rest.length
            ? { cue: hit.cue, speaker: pickNamed(scope, rest[0]!.start, npEnd), via: "attribution", relay }
            : { cue: hit.cue, speaker: null, via: "attribution", relay };
      return { start: clause[0], end: clause[1], rule: "quotes/indirect-post", attribution };
    }
  }
  return undefined;
}

function wordAfter(words: readonly Word[], pos: number): string {
  return words.find((w) => w.start >= pos)?.lower ?? "";
}

/** `Menurut X, …` / `According to X, …` at the sentence's start. */
function leadingSource(
  scope: Scope,
  s: Sentence,
  words: readonly Word[],
  quoted: readonly Range[],
): Found | undefined {
  const { text, cues } = scope;
  for (let i = 0; i < Math.min(2, words.length); i++) {
    const hit = cueAt(words, i, cues.source);
    // Only a capitalised marker opens a sentence; a lowercase one continues a quote's attribution.
    if (!hit || !/^\p{Lu}/u.test(words[i]!.text)) continue;
    const marker = words[i + hit.length - 1]!;
    const suffix = cueAt(words, i, cues.suffix) !== undefined;
    if (suffix || /^\s*,/u.test(text.slice(marker.end, marker.end + 2))) {
      // "Menurutnya, …" / "Ditegaskan, …": the speaker is whoever spoke last.
      const comma = text.indexOf(",", marker.end);
      const clause = accept(scope, quoted, comma + 1, s.end);
      if (!clause) return undefined;
      const speaker = {
        name: marker.text,
        start: marker.start,
        end: marker.end,
        kind: "pronoun" as const,
        pronoun: "-nya",
      };
      return {
        start: clause[0],
        end: clause[1],
        rule: "quotes/indirect-source",
        attribution: { cue: hit.cue, speaker, via: "suffix", relay: false },
      };
    }
    const np = words[i + hit.length];
    if (!np) return undefined;
    const comma = text.indexOf(",", np.start);
    if (comma < 0 || comma >= s.end) return undefined;
    const clause = accept(scope, quoted, comma + 1, s.end);
    if (!clause || wordsIn(text, np.start, comma).length > 12) return undefined;
    return {
      start: clause[0],
      end: clause[1],
      rule: "quotes/indirect-source",
      attribution: {
        cue: hit.cue,
        speaker: pickNamed(scope, np.start, comma),
        via: "attribution",
        relay: cues.relay.has(hit.cue),
      },
    };
  }
  return undefined;
}

/** `X mengatakan (…) bahwa …` / `X said (that) …`: the clause after the verb. */
function verbClause(
  scope: Scope,
  s: Sentence,
  words: readonly Word[],
  quoted: readonly Range[],
): Found | undefined {
  const { text, cues } = scope;
  for (const hit of findCues(words, cues.clause)) {
    const verb = words[hit.index]!;
    if (inside(verb.start, quoted) || hit.index === 0) continue;
    if (cues.cancelBefore.has(words[hit.index - 1]!.lower)) continue;
    let at = hit.index + hit.length;
    // "admitted he had known that …": a pronoun before "that" means the clause began already.
    const ahead = words.slice(at, at + 9);
    const pron = ahead.findIndex((w) => cues.pronouns.has(w.lower));
    const comp = ahead.findIndex((w, n) => cues.complementizers.has(w.lower) && (pron < 0 || n < pron));
    if (comp >= 0 && !/["“”„«]/u.test(text.slice(verb.end, words[at + comp]!.start))) at += comp + 1;
    else if (cues.object.has(hit.cue) && !/^\s*[,:]/u.test(text.slice(verb.end, verb.end + 3))) continue;
    else if (cues.stops.has(words[at]?.lower ?? "")) {
      // `mengatakan kepada wartawan, …`: skip the prepositional phrase up to its comma.
      const comma = text.indexOf(",", verb.end);
      if (comma < 0 || comma >= s.end || wordsIn(text, verb.end, comma).length > 6) continue;
      at = words.findIndex((w) => w.start > comma);
      if (at < 0) continue;
    }
    const first = words[at];
    if (!first || cues.nounAfterCue.has(first.lower)) continue;
    const clause = accept(scope, quoted, cues.polarity.has(hit.cue) ? verb.start : first.start, s.end);
    if (!clause) return undefined;
    const subject = pickSubject(scope, s.start, verb.start);
    if (!subject) continue;
    return {
      start: clause[0],
      end: clause[1],
      rule: "quotes/indirect-verb",
      attribution: { cue: hit.cue, speaker: subject, via: "subject", relay: cues.relay.has(hit.cue) },
    };
  }
  return undefined;
}

/** Indirect speech in one sentence, if any. `quoted` are the direct quotes' ranges. */
export function indirectIn(scope: Scope, s: Sentence, quoted: readonly Range[]): Found | undefined {
  const words = wordsIn(scope.text, s.start, s.end);
  if (words.length < 4) return undefined;
  return (
    leadingSource(scope, s, words, quoted) ??
    postClause(scope, s, words, quoted) ??
    verbClause(scope, s, words, quoted)
  );
}
