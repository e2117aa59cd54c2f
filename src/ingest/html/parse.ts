/**
 * @module
 * One streaming pass over an HTML page: htmlparser2's tokenizer (entities decoded once, by the
 * tokenizer) under our own open-element stack, which turns the page into text **blocks** (the
 * inline text between two block-level boundaries) with the context the classifier reads, plus
 * the raw metadata (meta tags, `<title>`, canonical link, `<html lang>`, JSON-LD scripts).
 *
 * The work is bounded: the stack is an array pushed and popped at its end (no recursion, no
 * `unshift`), elements deeper than {@link MAX_DEPTH} or beyond {@link MAX_ELEMENTS} are kept
 * for tag matching only (their text joins the enclosing block), and text past
 * {@link MAX_TEXT_CHARS} is ignored. A page of 100,000 nested `<div>`s parses in linear time.
 */
import { Tokenizer } from "htmlparser2";

/** Elements deeper than this carry no features of their own (their text still counts). */
export const MAX_DEPTH = 256;
/** Elements after this many carry no features of their own. */
export const MAX_ELEMENTS = 60_000;
/** Text after this many characters is not read. */
export const MAX_TEXT_CHARS = 2_000_000;
/** Ancestors whose class/id tokens count for "somewhere above" features. */
const TOKEN_DEPTH = 48;
const MAX_TOKENS_PER_ELEMENT = 6;

/** Elements that end a block of inline text. */
const BLOCK_TAGS = new Set([
  "html",
  "body",
  "p",
  "div",
  "section",
  "article",
  "main",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "dl",
  "dd",
  "dt",
  "blockquote",
  "pre",
  "figure",
  "figcaption",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "td",
  "th",
  "caption",
  "header",
  "footer",
  "aside",
  "nav",
  "form",
  "fieldset",
  "legend",
  "address",
  "center",
  "details",
  "summary",
  "hgroup",
  "menu",
  "dialog",
  "frameset",
  "noframes",
]);

/** Elements whose content is never page text. */
const SKIP_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "select",
  "textarea",
  "canvas",
  "audio",
  "video",
  "map",
  "datalist",
  "button",
]);

const VOID_TAGS = new Set([
  "area",
  "base",
  "basefont",
  "br",
  "col",
  "command",
  "embed",
  "frame",
  "hr",
  "img",
  "input",
  "isindex",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);

// The implied end tags htmlparser2's own Parser applies (an open tag closes these while they
// are on top of the stack).
const P_TAG = new Set(["p"]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "p"]);
const FORM_TAGS = new Set(["input", "option", "optgroup", "select", "button", "datalist", "textarea"]);
const DD_DT = new Set(["dd", "dt"]);
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])],
  ["a", new Set(["a"])],
  ["li", new Set(["li"])],
  ["p", P_TAG],
  ["h1", HEADINGS],
  ["h2", HEADINGS],
  ["h3", HEADINGS],
  ["h4", HEADINGS],
  ["h5", HEADINGS],
  ["h6", HEADINGS],
  ["select", FORM_TAGS],
  ["input", FORM_TAGS],
  ["output", FORM_TAGS],
  ["button", FORM_TAGS],
  ["datalist", FORM_TAGS],
  ["textarea", FORM_TAGS],
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", DD_DT],
  ["dt", DD_DT],
  ["tbody", new Set(["thead", "tbody"])],
  ["tfoot", new Set(["thead", "tbody"])],
  ...[
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "header",
    "hr",
    "main",
    "nav",
    "ol",
    "pre",
    "section",
    "table",
    "ul",
  ].map((t): [string, Set<string>] => [t, P_TAG]),
]);

/** Ancestor kinds the classifier sees as flags (bit positions). */
export const FLAG_TAGS = [
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "article",
  "main",
  "a",
  "li",
  "table",
  "h",
  "blockquote",
  "figure",
  "p",
  "strong",
  "em",
  "label",
  "time",
  "address",
  "section",
] as const;
const FLAG_OF = new Map<string, number>(FLAG_TAGS.map((t, i) => [t, i]));
for (const h of ["h1", "h2", "h3", "h4", "h5", "h6"]) FLAG_OF.set(h, FLAG_OF.get("h")!);
FLAG_OF.set("b", FLAG_OF.get("strong")!);
FLAG_OF.set("i", FLAG_OF.get("em")!);
FLAG_OF.set("figcaption", FLAG_OF.get("figure")!);
FLAG_OF.set("ul", FLAG_OF.get("li")!);
FLAG_OF.set("ol", FLAG_OF.get("li")!);

/** One block of page text and the context it was found in. */
export interface Block {
  readonly text: string;
  /** Characters of the block's text inside links. */
  readonly linkChars: number;
  /** Innermost block-level element and its two nearest block-level ancestors, innermost first. */
  readonly tags: readonly string[];
  /** Element ids of those three (−1 when absent), for the per-element totals in {@link Page}. */
  readonly elements: readonly number[];
  /** Class/id tokens of the nearest four elements around the block's first text. */
  readonly near: readonly string[];
  /** Class/id tokens of any ancestor (the nearest {@link TOKEN_DEPTH}). */
  readonly above: readonly string[];
  /** Bit set of {@link FLAG_TAGS} ancestors. */
  readonly flags: number;
  readonly depth: number;
  /** `rel`/`itemprop` of an ancestor says author. */
  readonly authorish: boolean;
}

export interface RawMeta {
  /** First `content` per meta key (property, name or itemprop), as a DOM query would find it. */
  readonly metas: ReadonlyMap<string, string>;
  readonly title?: string;
  /** `href` of the first `<link rel="canonical">`; null when that link has none. */
  readonly canonical?: string | null;
  readonly lang?: string;
  readonly jsonLd: readonly string[];
}

export interface Page {
  readonly blocks: readonly Block[];
  /** Per element id: characters of text below it, of link text below it, and blocks below it. */
  readonly elementChars: Int32Array | number[];
  readonly elementLinkChars: Int32Array | number[];
  readonly elementBlocks: Int32Array | number[];
  /** Per element id: how many elements under the same parent share its tag and class/id tokens. */
  readonly elementLikeSiblings: Int32Array | number[];
  /** Per element id: the id of its nearest block-level ancestor (−1 at the top); always smaller. */
  readonly elementParent: Int32Array | number[];
  readonly meta: RawMeta;
  /** True when a bound was hit (depth, elements or text). */
  readonly truncated: boolean;
}

const WS = /\s+/g;

function tokensOf(cls: string | undefined, id: string | undefined): string[] {
  const raw = `${cls ?? ""} ${id ?? ""}`;
  if (raw.length < 2) return [];
  const out: string[] = [];
  for (const t of raw
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z]+/)) {
    if (t.length < 2 || t.length > 20 || out.includes(t)) continue;
    out.push(t);
    if (out.length >= MAX_TOKENS_PER_ELEMENT) break;
  }
  return out;
}

/** What may stand in `<head>`; anything else (or text) ends it, as browsers do. */
const HEAD_TAGS = new Set([
  "title",
  "meta",
  "link",
  "script",
  "style",
  "base",
  "noscript",
  "template",
  "object",
  "param",
  "bgsound",
  "basefont",
]);

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

const TITLE_OPEN = /<title\b[^>]*>/i;
const TAG_START = /<[a-zA-Z!/]/g;
const TITLE_CLOSE = /^<\/title[\s/>]/i;

/**
 * A `<title>` is raw text up to `</title>`, so one that never closes (damaged bytes, a
 * half-written template: "<title>BBC SPORTi library-->") swallows the whole page and leaves no
 * block at all. Lenient parsers end such a title at the first tag after it; so does this, by
 * writing the missing `</title>` there. A well-formed page comes back unchanged.
 */
export function repairTitle(html: string): string {
  const open = TITLE_OPEN.exec(html);
  if (!open) return html;
  TAG_START.lastIndex = open.index + open[0].length;
  const next = TAG_START.exec(html);
  if (!next || TITLE_CLOSE.test(html.slice(next.index, next.index + 9))) return html;
  return `${html.slice(0, next.index)}</title>${html.slice(next.index)}`;
}

/** Parses `html` into blocks and raw metadata; linear in the input, whatever its nesting. */
export function parsePage(source: string): Page {
  const html = repairTitle(source);
  // Open-element stack (every open element, for tag matching) and what each entry is.
  const names: string[] = [];
  const frameOf: number[] = []; // element id, or −1 for an element kept for matching only
  const skipOf: boolean[] = [];
  const roles: number[] = []; // bit 1: <title>, 2: JSON-LD script, 4: author markup
  const openCount = new Map<string, number>();
  // Element records (struct of arrays).
  const elTag: string[] = [];
  const elTokens: string[][] = [];
  const elParentBlock: number[] = [];
  const elChars: number[] = [];
  const elLinkChars: number[] = [];
  const elBlocks: number[] = [];
  const elSignature: string[] = [];
  const signatures = new Map<string, number>();
  const blockStack: number[] = []; // element ids of open block-level elements
  const flagCount = new Int32Array(FLAG_TAGS.length);
  const aboveCount = new Map<string, number>();
  let skipDepth = 0;
  let headDepth = 0;
  let titleDepth = 0;
  let ldDepth = 0;
  let authorDepth = 0;
  let truncated = false;
  let textChars = 0;

  const blocks: Block[] = [];
  let parts: string[] = [];
  let partsLen = 0;
  let linkChars = 0;
  let ctx: Omit<Block, "text" | "linkChars"> | null = null;

  const metas = new Map<string, string>();
  let title: string | undefined;
  let titleBuf = "";
  let canonical: string | null | undefined;
  let lang: string | undefined;
  let sawHtml = false;
  const jsonLd: string[] = [];
  let ldBuf = "";

  const snapshot = (): Omit<Block, "text" | "linkChars"> => {
    const tags: string[] = [];
    const elements: number[] = [];
    for (let i = blockStack.length - 1; i >= 0 && tags.length < 3; i--) {
      const id = blockStack[i]!;
      tags.push(elTag[id]!);
      elements.push(id);
    }
    while (elements.length < 3) elements.push(-1);
    const near: string[] = [];
    for (let i = frameOf.length - 1, seen = 0; i >= 0 && seen < 4 && i >= frameOf.length - 64; i--) {
      const id = frameOf[i]!;
      if (id < 0) continue;
      seen++;
      for (const t of elTokens[id]!) if (!near.includes(t)) near.push(t);
    }
    let flags = 0;
    for (let f = 0; f < flagCount.length; f++) if (flagCount[f]! > 0) flags |= 1 << f;
    return {
      tags,
      elements,
      near,
      above: [...aboveCount.keys()],
      flags,
      depth: names.length,
      authorish: authorDepth > 0,
    };
  };

  const flush = (): void => {
    if (partsLen === 0) return;
    const text = parts.join("").replace(WS, " ").trim();
    if (text && ctx) {
      blocks.push({ text, linkChars: Math.min(linkChars, text.length), ...ctx });
      for (const id of ctx.elements) if (id >= 0) elBlocks[id]!++;
    }
    parts = [];
    partsLen = 0;
    linkChars = 0;
    ctx = null;
  };

  const addText = (data: string): void => {
    if (ldDepth > 0) {
      ldBuf += data;
      return;
    }
    if (titleDepth > 0) {
      if (title === undefined) titleBuf += data;
      return;
    }
    if (skipDepth > 0) return;
    if (headDepth > 0) {
      if (!/\S/.test(data)) return;
      closeHead();
    }
    if (textChars > MAX_TEXT_CHARS) {
      truncated = true;
      return;
    }
    textChars += data.length;
    if (!ctx) {
      if (!/\S/.test(data)) return;
      ctx = snapshot();
    }
    parts.push(data);
    partsLen += data.length;
    const n = data.length;
    if (flagCount[FLAG_OF.get("a")!]! > 0) linkChars += n;
    // Totals go to the innermost block-level element and roll up when it closes.
    const top = blockStack[blockStack.length - 1];
    if (top !== undefined) {
      elChars[top]! += n;
      if (flagCount[FLAG_OF.get("a")!]! > 0) elLinkChars[top]! += n;
    }
  };

  const closeHead = (): void => {
    while (headDepth > 0 && names.length > 0) pop();
  };

  const open = (name: string, attribs: Record<string, string>): void => {
    if (headDepth > 0 && skipDepth === 0 && !HEAD_TAGS.has(name)) closeHead();
    if (name === "html" && !sawHtml) {
      sawHtml = true;
      if (attribs.lang) lang = attribs.lang;
    }
    if (name === "meta") {
      const content = attribs.content ?? "";
      for (const key of [attribs.property, attribs.name, attribs.itemprop])
        if (key && !metas.has(key)) metas.set(key, content);
    } else if (name === "link" && attribs.rel === "canonical" && canonical === undefined) {
      canonical = attribs.href ?? null;
    }
    if (VOID_TAGS.has(name)) {
      if ((name === "br" || name === "hr") && skipDepth === 0) flush();
      return;
    }
    const isBlock = BLOCK_TAGS.has(name);
    const depth = names.length;
    const tracked = depth < MAX_DEPTH && elTag.length < MAX_ELEMENTS;
    // Past the bounds an element is kept for tag matching only: its text joins the open block.
    if (isBlock && skipDepth === 0 && tracked) flush();
    let id = -1;
    if (!tracked) truncated = true;
    else {
      id = elTag.length;
      elTag.push(name);
      const tokens = tokensOf(attribs.class, attribs.id);
      elTokens.push(tokens);
      elParentBlock.push(blockStack[blockStack.length - 1] ?? -1);
      elChars.push(0);
      elLinkChars.push(0);
      elBlocks.push(0);
      const sig = `${blockStack[blockStack.length - 1] ?? -1}|${name}|${tokens.join(" ")}`;
      elSignature.push(sig);
      signatures.set(sig, (signatures.get(sig) ?? 0) + 1);
      if (depth < TOKEN_DEPTH) for (const t of tokens) aboveCount.set(t, (aboveCount.get(t) ?? 0) + 1);
      const flag = FLAG_OF.get(name);
      if (flag !== undefined) flagCount[flag]!++;
      if (isBlock) blockStack.push(id);
    }
    const skip =
      SKIP_TAGS.has(name) ||
      attribs.hidden !== undefined ||
      (attribs.style !== undefined && HIDDEN_STYLE.test(attribs.style)) ||
      attribs["aria-hidden"] === "true";
    if (skip) skipDepth++;
    if (name === "head") headDepth++;
    if (name === "title" && skipDepth === 0) titleDepth++;
    const ld = name === "script" && attribs.type?.toLowerCase() === "application/ld+json";
    if (ld) ldDepth++;
    const author =
      attribs.rel === "author" ||
      /author/i.test(attribs.itemprop ?? "") ||
      /\bbyline\b/i.test(attribs.class ?? "");
    if (author) authorDepth++;
    names.push(name);
    frameOf.push(id);
    skipOf.push(skip);
    roles.push((name === "title" && skipDepth === 0 ? 1 : 0) | (ld ? 2 : 0) | (author ? 4 : 0));
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
  };

  const pop = (): void => {
    const name = names.pop()!;
    const id = frameOf.pop()!;
    const skip = skipOf.pop()!;
    const role = roles.pop()!;
    openCount.set(name, openCount.get(name)! - 1);
    if (role & 1) {
      titleDepth--;
      if (title === undefined) title = titleBuf;
    }
    if (role & 2) {
      ldDepth--;
      jsonLd.push(ldBuf);
      ldBuf = "";
    }
    if (role & 4) authorDepth--;
    if (name === "head") headDepth--;
    if (skip) skipDepth--;
    if (id < 0) return;
    const isBlock = BLOCK_TAGS.has(name);
    if (isBlock && skipDepth === 0) flush();
    if (names.length < TOKEN_DEPTH)
      for (const t of elTokens[id]!) {
        const c = aboveCount.get(t)! - 1;
        if (c === 0) aboveCount.delete(t);
        else aboveCount.set(t, c);
      }
    const flag = FLAG_OF.get(name);
    if (flag !== undefined) flagCount[flag]!--;
    if (isBlock) {
      blockStack.pop();
      const parent = elParentBlock[id]!;
      if (parent >= 0) {
        elChars[parent]! += elChars[id]!;
        elLinkChars[parent]! += elLinkChars[id]!;
      }
    }
  };

  let tagName = "";
  let attribs: Record<string, string> = {};
  let attribName = "";
  let attribValue = "";
  let inOpen = false;

  const openTagName = (raw: string): void => {
    let name = raw.toLowerCase();
    if (name === "image") name = "img";
    tagName = name;
    attribs = {};
    inOpen = true;
    const implies = IMPLIES_CLOSE.get(name);
    if (implies) while (names.length > 0 && implies.has(names[names.length - 1]!)) pop();
  };

  const endOpen = (): void => {
    if (!inOpen) return;
    inOpen = false;
    if (tagName === "form" && (openCount.get("form") ?? 0) > 0) return;
    open(tagName, attribs);
  };

  const closeTag = (raw: string): void => {
    const name = raw.toLowerCase();
    if (VOID_TAGS.has(name)) {
      if (name === "br" && skipDepth === 0) flush();
      return;
    }
    if ((openCount.get(name) ?? 0) > 0) {
      while (names.length > 0) {
        const top = names[names.length - 1]!;
        pop();
        if (top === name) break;
      }
    } else if (name === "p" && skipDepth === 0) flush();
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onattribdata(start, end) {
        attribValue += html.slice(start, end);
      },
      onattribentity(cp) {
        attribValue += String.fromCodePoint(cp);
      },
      onattribend() {
        if (!Object.hasOwn(attribs, attribName)) attribs[attribName] = attribValue;
        attribValue = "";
      },
      onattribname(start, end) {
        attribName = html.slice(start, end).toLowerCase();
      },
      oncdata() {},
      onclosetag(start, end) {
        closeTag(html.slice(start, end));
      },
      oncomment() {},
      ondeclaration() {},
      onend() {},
      onopentagend() {
        endOpen();
      },
      onopentagname(start, end) {
        openTagName(html.slice(start, end));
      },
      onprocessinginstruction() {},
      onselfclosingtag() {
        endOpen();
      },
      ontext(start, end) {
        addText(html.slice(start, end));
      },
      ontextentity(cp) {
        addText(String.fromCodePoint(cp));
      },
      isInForeignContext() {
        return false;
      },
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  endOpen();
  while (names.length > 0) pop();
  flush();
  if (titleDepth > 0 && title === undefined) title = titleBuf;
  if (ldBuf) jsonLd.push(ldBuf);

  return {
    blocks,
    elementChars: elChars,
    elementLinkChars: elLinkChars,
    elementBlocks: elBlocks,
    elementParent: elParentBlock,
    elementLikeSiblings: elSignature.map((k) => signatures.get(k) ?? 0),
    meta: {
      metas,
      ...(title !== undefined ? { title } : {}),
      ...(canonical !== undefined ? { canonical } : {}),
      ...(lang !== undefined ? { lang } : {}),
      jsonLd,
    },
    truncated,
  };
}
