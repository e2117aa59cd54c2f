/**
 * @module
 * The UI's client for the kabar API: typed GETs that turn the API's JSON errors into thrown
 * `ApiError`s carrying the error code, so views can show a clear message.
 */
import type { Dossier } from "../core/dossier.js";
import type { ArticleRecord, StoryRecord } from "../core/records.js";

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function get<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: "application/json" } });
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!res.ok || !body)
    throw new ApiError(body?.error?.code ?? "E_HTTP", body?.error?.message ?? res.statusText);
  return body as T;
}

export interface StoryQuery {
  q?: string;
  language?: string;
  outlet?: string;
  from?: string;
  to?: string;
}

export function listStories(query: StoryQuery): Promise<{ total: number; stories: StoryRecord[] }> {
  const params = new URLSearchParams({ limit: "200" });
  for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
  return get(`/api/stories?${params}`);
}

export const getStory = (id: string): Promise<StoryRecord> => get(`/api/stories/${encodeURIComponent(id)}`);

export const getDossier = (id: string): Promise<Dossier> =>
  get(`/api/stories/${encodeURIComponent(id)}/dossier`);

/** One entity across stories (GET /api/entities/{type:name}). */
export interface EntityProfile {
  key: string;
  name: string;
  type: string;
  aliases: string[];
  stories: { id: string; title: string | null; mentions: number; articles: number }[];
  quotes: {
    story: string;
    article: string;
    outlet: string | null;
    text: string;
    direct: boolean;
    speaker: string;
  }[];
  related: { key: string; name: string; type: string; stories: number; mentions: number }[];
}

export const getEntity = (key: string): Promise<EntityProfile> =>
  get(`/api/entities/${encodeURIComponent(key)}`);

export interface SearchHit {
  article: ArticleRecord;
  score: number;
  snippet: string;
}

export function searchArticles(q: string, language?: string): Promise<{ hits: SearchHit[] }> {
  const params = new URLSearchParams({ q, limit: "50" });
  if (language) params.set("language", language);
  return get(`/api/search?${params}`);
}
