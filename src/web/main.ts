/**
 * @module
 * Entry point of the web UI: a hash router between the story list (`#/`) and a story page
 * (`#/story/<id>`). Hash routes keep the server a plain static file server with no rewrites.
 * Everything is rendered by Preact from data, never from HTML strings, so untrusted article text
 * can only ever become text nodes.
 */
import { html, render } from "htm/preact";
import { useEffect, useState } from "preact/hooks";
import { StoryList } from "./views/story-list.js";
import { StoryPage } from "./views/story-page.js";

function currentRoute(): { page: "list" } | { page: "story"; id: string } {
  const m = /^#\/story\/([^/?#]+)/.exec(location.hash);
  return m?.[1] ? { page: "story", id: decodeURIComponent(m[1]) } : { page: "list" };
}

function App() {
  const [route, setRoute] = useState(currentRoute());
  useEffect(() => {
    const on = () => setRoute(currentRoute());
    addEventListener("hashchange", on);
    return () => removeEventListener("hashchange", on);
  }, []);
  return html`
    <header class="top">
      <a class="brand" href="#/">kabar</a>
      <span class="tag">news stories, cross-checked</span>
    </header>
    <main id="main" tabindex="-1">
      ${route.page === "story" ? html`<${StoryPage} id=${route.id} key=${route.id} />` : html`<${StoryList} />`}
    </main>
  `;
}

const root = document.getElementById("app");
if (root) render(html`<${App} />`, root);
