/**
 * @module
 * A piece of evidence the reader can follow to its article. Live, it is a button whose click
 * opens the source panel with the span highlighted; in the static page it is a link, which needs
 * no script, to where the evidence starts in the article's text (or to the text as a whole).
 * Class, title and label are the same in both, so the page's styles apply to either.
 */
import { html } from "htm/preact";
import type { ComponentChildren } from "preact";
import { articleAnchor, usePageMode } from "./page-mode.js";

export function SourceButton(props: {
  /** The article the evidence is in (the static link's target); none leaves plain text. */
  readonly article: string | undefined;
  /** Where the evidence starts in the article's text, for the static link. */
  readonly start?: number | undefined;
  readonly onClick: () => void;
  readonly class?: string;
  readonly title?: string;
  readonly style?: string;
  readonly label?: string;
  readonly disabled?: boolean;
  readonly children?: ComponentChildren;
}) {
  const { article, start, onClick, label, disabled, children, ...attrs } = props;
  const mode = usePageMode();
  if (mode.static) {
    if (article === undefined || disabled) return html`<span ...${attrs}>${children}</span>`;
    const id = start !== undefined && mode.anchor ? mode.anchor(article, start) : articleAnchor(article);
    return html`<a ...${attrs} href=${`#${id}`} aria-label=${label}>${children}</a>`;
  }
  return html`<button type="button" ...${attrs} aria-label=${label} disabled=${disabled} onClick=${onClick}>${children}</button>`;
}
