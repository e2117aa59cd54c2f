/**
 * @module
 * Reads the TimeML files of the dates benchmark: the document creation time from `<DCT>`, and the
 * `<TEXT>` with its inline `<TIMEX3>` tags turned into raw text plus gold spans (UTF-16 offsets
 * into the tag-free text), XML entities decoded.
 */

export interface GoldTimex {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: string;
  readonly value: string;
}

export interface TimeMLDoc {
  readonly id: string;
  readonly dct: string;
  readonly text: string;
  readonly timexes: readonly GoldTimex[];
}

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

const attr = (tag: string, name: string): string =>
  decode(new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? "");

export function parseTimeML(xml: string, id: string): TimeMLDoc {
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml)?.[1];
  if (!dctTag) throw new Error(`${id}: no <DCT><TIMEX3 …></DCT>`);
  const body = /<TEXT>\n?([\s\S]*?)<\/TEXT>/.exec(xml)?.[1];
  if (body === undefined) throw new Error(`${id}: no <TEXT>`);
  let text = "";
  const timexes: GoldTimex[] = [];
  const re = /<TIMEX3([^>]*)>([\s\S]*?)<\/TIMEX3>/g;
  let last = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    text += decode(body.slice(last, m.index));
    const inner = decode(m[2]!);
    timexes.push({
      start: text.length,
      end: text.length + inner.length,
      text: inner,
      type: attr(m[1]!, "type"),
      value: attr(m[1]!, "value"),
    });
    text += inner;
    last = m.index + m[0].length;
  }
  text += decode(body.slice(last));
  return { id, dct: attr(dctTag, "value"), text, timexes };
}
