/**
 * @module
 * The spellings that set Malay apart from Indonesian ("kerana", "bahawa", "wang" against "karena",
 * "bahwa", "uang"). Malay shares most of Indonesian's function words, so it does not vote on its
 * own: text the Indonesian markers win is Malay when enough of these occur.
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
    "mahkamah",
    "berbanding",
    "kenderaan",
    "manakala",
    "kemalangan",
    "motosikal",
    "setakat",
    "mangsa",
    "lelaki",
    "kerajaan",
    "hospital",
    "agensi",
    "jabatan",
    "sebarang",
    "cukai",
    "syarikat",
    "bajet",
    "ialah",
    "semasa",
  ],
};
