import { describe, expect, it } from "vitest";
import type { DossierEntity } from "../../core/dossier.js";
import { byWords } from "./quotes.js";

const ent = (
  id: string,
  name: string,
  type: DossierEntity["type"],
  aliases: string[] = [],
): DossierEntity => ({
  id,
  name,
  type,
  aliases,
  mentions: [],
});

const entities = [
  ent("e1", "Dmitry Peskov", "person"),
  ent("e2", "Kim Jong Un", "person", ["Kim Jong-un"]),
  ent("e3", "Kim Taewoo", "person"),
  ent("e4", "US Department of State", "organization", ["Departemen Luar Negeri"]),
];

describe("quote speakers link to entities by their words", () => {
  it.each([
    ["Peskov", "e1"],
    ["dmitry peskov", "e1"],
    ["Kim Taewoo", "e3"],
    ["Departemen Luar Negeri", "e4"],
  ])("%s → %s", (name, id) => {
    expect(byWords(entities, name)?.id).toBe(id);
  });

  it.each([["Kim"], ["Vladimir Putin"], [""]])("links nothing for %j (ambiguous or unknown)", (name) => {
    expect(byWords(entities, name)).toBeUndefined();
  });
});
