/**
 * @module
 * Indonesian function words (Malay, a sibling, lists its own spellings in `lang/ms/langid.ts`).
 */
import type { LangidData } from "../types/langid.js";

export const langid: LangidData = {
  markers: [
    "yang",
    "dan",
    "di",
    "ke",
    "dari",
    "untuk",
    "dengan",
    "pada",
    "ini",
    "itu",
    "dalam",
    "akan",
    "tidak",
    "adalah",
    "juga",
    "karena",
    "bahwa",
    "oleh",
    "sebagai",
    "telah",
    "sudah",
    "tersebut",
    "mereka",
    "kami",
    "atau",
    "bisa",
    "kata",
    "ada",
    "saat",
    "lebih",
    "para",
    "setelah",
    "hingga",
    "namun",
  ],
};
