/**
 * @module
 * Renders an HTML page to plain text the way a scraper's text dump shows it: one block per line,
 * scripts, styles and hidden parts left out, whitespace collapsed. Training only.
 */
import { parseHTML } from "linkedom";

const SKIP = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "IFRAME",
  "HEAD",
  "SELECT",
  "OPTION",
]);
const BLOCK = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "BR",
  "CAPTION",
  "CENTER",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIELDSET",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TD",
  "TH",
  "TR",
  "UL",
  "BODY",
]);

interface Node {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<Node>;
  getAttribute?: (name: string) => string | null;
}

export function renderLines(html: string): string[] {
  const { document } = parseHTML(html.replace(/<!DOCTYPE[^>]*>/i, ""));
  const lines: string[] = [];
  let current = "";
  const flush = (): void => {
    const t = current.replace(/\s+/g, " ").trim();
    if (t) lines.push(t);
    current = "";
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    const style = node.getAttribute?.("style") ?? "";
    if (/display\s*:\s*none/i.test(style) || node.getAttribute?.("hidden") !== null) return;
    const block = BLOCK.has(name);
    if (block) flush();
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]!);
    if (block) flush();
  };
  const root = (document.body ?? document.documentElement) as unknown as Node | null;
  if (root) walk(root);
  flush();
  return lines;
}
