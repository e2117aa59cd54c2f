/**
 * @module
 * Indonesian titles and roles printed before names.
 */
import type { EntityData } from "../types/entities.js";

export const entities: EntityData = {
  titles: [
    "presiden",
    "wakil presiden",
    "perdana menteri",
    "menteri",
    "menteri luar negeri",
    "menteri pertahanan",
    "juru bicara",
    "jubir",
    "pejabat",
    "pemimpin",
    "ketua",
    "wakil ketua",
    "direktur",
    "gubernur",
    "bupati",
    "wali kota",
    "walikota",
    "kepala",
    "jenderal",
    "kanselir",
    "raja",
    "ratu",
    "pangeran",
    "duta besar",
    "analis",
    "pakar",
    "profesor",
    "dokter",
    "kapolri",
    "kapolda",
    "panglima",
    "sekretaris jenderal",
    "sekjen",
  ],
};
