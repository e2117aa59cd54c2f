/**
 * @module
 * A small dictionary-free Indonesian affix stemmer for search. Without a root-word dictionary no
 * single answer is safe ("makan" is a root, "makanan" is makan + -an; "mengirim" is kirim,
 * "mengambil" is ambil), so it returns every plausible stem: the word itself plus each form left
 * after removing particles (-lah, -kah, -pun), possessives (-ku, -mu, -nya), one derivational
 * suffix (-kan, -an, -i) and up to two derivational prefixes with the nasal recodings of meN-/peN-
 * (meny- → s, mem- → p, men- → t, meng- → k or vowel). The search index holds all candidates of a
 * word and a query word matches any of its own, so "bertemu" (temu) finds "pertemuan" (temu).
 *
 * The claims stage stems differently on purpose: it needs one key per word to compare claims
 * (in every language), so it strips the pack's affixes greedily (`claims.stemming`) and folds the
 * consonant a nasal prefix swallows on both sides; search can afford every candidate and gains
 * recall from them.
 */

const MIN_ROOT = 3;
const PARTICLES = ["lah", "kah", "tah", "pun"];
const POSSESSIVES = ["nya", "ku", "mu"];
const SUFFIXES = ["kan", "an", "i"];
const VOWEL = /^[aiueo]/;

/** Forms left after removing one prefix, with the recodings a nasal prefix allows. */
function unprefix(word: string): string[] {
  const out: string[] = [];
  const push = (s: string): void => {
    if (s.length >= MIN_ROOT) out.push(s);
  };
  for (const p of ["di", "ke", "se"]) if (word.startsWith(p)) push(word.slice(p.length));
  for (const p of ["ber", "ter", "per"]) {
    if (!word.startsWith(p)) continue;
    push(word.slice(p.length));
    // "bekerja", "belajar", "pelajar": the r drops before some roots.
  }
  if (/^(be|te|pe)[^aiueor]er/.test(word)) push(word.slice(2));
  if (/^bel(ajar)/.test(word) || /^pel(ajar)/.test(word)) push(word.slice(3));
  for (const base of ["me", "pe"]) {
    if (!word.startsWith(base)) continue;
    const rest = word.slice(2);
    if (rest.startsWith("ny") && VOWEL.test(rest.slice(2))) push(`s${rest.slice(2)}`);
    else if (rest.startsWith("ng")) {
      const r = rest.slice(2);
      if (VOWEL.test(r)) {
        push(r);
        push(`k${r}`);
      } else if (r.startsWith("e")) push(r.slice(1));
      else push(r);
    } else if (rest.startsWith("m")) {
      const r = rest.slice(1);
      if (VOWEL.test(r)) push(`p${r}`);
      push(r);
    } else if (rest.startsWith("n")) {
      const r = rest.slice(1);
      if (VOWEL.test(r)) push(`t${r}`);
      push(r);
    } else if (/^[lrwy]/.test(rest)) push(rest);
  }
  return out;
}

function unsuffix(word: string): string[] {
  const out: string[] = [word];
  let w = word;
  for (const p of PARTICLES) {
    if (w.endsWith(p) && w.length - p.length >= MIN_ROOT) {
      w = w.slice(0, -p.length);
      out.push(w);
      break;
    }
  }
  for (const p of POSSESSIVES) {
    if (w.endsWith(p) && w.length - p.length >= MIN_ROOT) {
      w = w.slice(0, -p.length);
      out.push(w);
      break;
    }
  }
  for (const s of SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= MIN_ROOT) {
      out.push(w.slice(0, -s.length));
      break;
    }
  }
  return out;
}

/** Words recur across articles; remembering their stems saves most of the work. */
const cache = new Map<string, readonly string[]>();
const CACHE_MAX = 200_000;

/** Every plausible stem of a lower-case Indonesian word, the word itself first. */
export function stemCandidates(word: string): readonly string[] {
  const hit = cache.get(word);
  if (hit) return hit;
  const stems = computeStems(word);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(word, stems);
  return stems;
}

function computeStems(word: string): string[] {
  const w = word.toLowerCase();
  if (w.length <= MIN_ROOT || !/^[a-z]+$/.test(w)) return [w];
  const seen = new Set<string>([w]);
  for (const s of unsuffix(w)) {
    seen.add(s);
    for (const p1 of unprefix(s)) {
      seen.add(p1);
      for (const p2 of unprefix(p1)) seen.add(p2);
    }
  }
  // Confix forms such as per-…-an: strip the prefix first, then the suffix.
  for (const p1 of unprefix(w)) for (const s of unsuffix(p1)) seen.add(s);
  return [...seen].filter((s) => s.length >= MIN_ROOT || s === w);
}
