/**
 * @module
 * English titles and roles printed before names.
 */
import type { EntityData } from "../types/entities.js";

export const entities: EntityData = {
  titles: [
    "president",
    "vice president",
    "prime minister",
    "minister",
    "foreign minister",
    "defence minister",
    "defense minister",
    "secretary",
    "secretary of state",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "leader",
    "chairman",
    "director",
    "governor",
    "mayor",
    "general",
    "chancellor",
    "king",
    "queen",
    "prince",
    "ambassador",
    "analyst",
    "professor",
    "dr",
    "mr",
    "mrs",
    "ms",
    "senator",
    "rep",
    "judge",
  ],
};
