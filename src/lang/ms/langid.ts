/**
 * @module
 * The spellings that set Malay apart from Indonesian ("kerana", "bahawa", "wang" against "karena",
 * "bahwa", "uang"). Malay shares most of Indonesian's function words, so it does not vote on its
 * own: text Indonesian wins is Malay when these outweigh Indonesian's own spellings
 * (`distinct` in `lang/id/langid.ts`).
 *
 * Only words Indonesian news does not write in lower case belong here: "mahkamah", "jabatan"
 * (a post), "ialah", "lelaki", "semasa" and "agensi" are ordinary Indonesian too, and each of them
 * once turned Indonesian articles into Malay. Counted in Indonesian news (the cleaning and facts
 * gold, the stories gold, idner-news-2k), each word below occurs in at most three of 2,188 texts.
 */
import type { LangidData } from "../types/langid.js";

export const langid: LangidData = {
  siblingOf: "id",
  markers: [
    "kerana",
    "bahawa",
    "iaitu",
    "sahaja",
    "wang",
    "polis",
    "selepas",
    "berkata",
    "berbanding",
    "kenderaan",
    "manakala",
    "kemalangan",
    "motosikal",
    "setakat",
    "mangsa",
    "kerajaan",
    "hospital",
    "sebarang",
    "cukai",
    "syarikat",
    "bajet",
    "seramai",
    "membabitkan",
    "terbabit",
    "mahupun",
    "baharu",
    "tiada",
    "pelbagai",
    "menerusi",
    "bagaimanapun",
    "disyaki",
    "dadah",
    "jenayah",
    "peratus",
    "bilion",
    "doktor",
    "memandu",
    "tular",
    "lori",
    "jawatan",
    "rasuah",
    "berbeza",
    "jurucakap",
    "pengerusi",
    "kempen",
    "kakitangan",
  ],
};
