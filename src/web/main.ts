/**
 * @module
 * Entry point of the web UI: a hash router between the story list (`#/`), a story page
 * (`#/story/<id>`), an entity across stories (`#/entity/<type:name>`) and article search
 * (`#/search?q=…`). Hash routes keep the server a plain static file server with no rewrites.
 * Everything is rendered by Preact from data, never from HTML strings, so untrusted article text
 * can only ever become text nodes.
 */
import { html, render } from "htm/preact";
import { useEffect, useState } from "preact/hooks";
import { EntityPage } from "./views/entity-page.js";
import { SearchPage } from "./views/search-page.js";
import { StoryList } from "./views/story-list.js";
import { StoryPage } from "./views/story-page.js";

type Route =
  | { page: "list" }
  | { page: "story"; id: string }
  | { page: "entity"; id: string }
  | { page: "search"; q: string; language?: string };

function currentRoute(): Route {
  const story = /^#\/story\/([^/?#]+)/.exec(location.hash);
  if (story?.[1]) return { page: "story", id: decodeURIComponent(story[1]) };
  const entity = /^#\/entity\/([^/?#]+)/.exec(location.hash);
  if (entity?.[1]) return { page: "entity", id: decodeURIComponent(entity[1]) };
  const search = /^#\/search(?:\?(.*))?$/.exec(location.hash);
  if (search) {
    const p = new URLSearchParams(search[1] ?? "");
    return { page: "search", q: p.get("q") ?? "", language: p.get("language") || undefined };
  }
  return { page: "list" };
}

function view(route: Route) {
  if (route.page === "story") return html`<${StoryPage} id=${route.id} key=${route.id} />`;
  if (route.page === "entity") return html`<${EntityPage} id=${route.id} key=${route.id} />`;
  if (route.page === "search")
    return html`<${SearchPage} q=${route.q} language=${route.language} key=${`${route.q}|${route.language}`} />`;
  return html`<${StoryList} />`;
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
      <a class="top-link" href="#/search">Search articles</a>
    </header>
    <main id="main" tabindex="-1">${view(route)}</main>
  `;
}

const root = document.getElementById("app");
if (root) render(html`<${App} />`, root);
