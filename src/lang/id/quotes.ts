/**
 * @module
 * Indonesian reporting verbs and speaker pronouns.
 */
import type { QuoteData } from "../types/quotes.js";

export const quotes: QuoteData = {
  reportingVerbs: [
    "kata",
    "katanya",
    "mengatakan",
    "berkata",
    "ujar",
    "ujarnya",
    "ungkap",
    "ungkapnya",
    "mengungkapkan",
    "tegas",
    "tegasnya",
    "menegaskan",
    "tambah",
    "tambahnya",
    "menambahkan",
    "jelas",
    "jelasnya",
    "menjelaskan",
    "menurut",
    "menyatakan",
    "mengklaim",
    "membantah",
    "menyebut",
    "menyebutkan",
    "tutur",
    "tuturnya",
    "imbuh",
    "imbuhnya",
    "papar",
    "paparnya",
    "lapor",
    "melaporkan",
    "laporan",
    "demikian laporan",
  ],
  pronouns: ["dia", "ia", "beliau", "mereka"],
};
