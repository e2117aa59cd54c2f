/**
 * @module
 * Indonesian calendar words.
 */
import type { DateData } from "../types/dates.js";

export const dates: DateData = {
  months: [
    ["januari", "jan"],
    ["februari", "pebruari", "feb", "peb"],
    ["maret", "mar"],
    ["april", "apr"],
    ["mei"],
    ["juni", "jun"],
    ["juli", "jul"],
    ["agustus", "agu", "agt", "ags"],
    ["september", "sep", "sept"],
    ["oktober", "okt"],
    ["november", "nov", "nop", "nopember"],
    ["desember", "des"],
  ],
  weekdays: [["minggu", "ahad"], ["senin"], ["selasa"], ["rabu"], ["kamis"], ["jumat", "jum'at"], ["sabtu"]],
  timeZones: { WIB: "+07:00", WITA: "+08:00", WIT: "+09:00", UTC: "+00:00", GMT: "+00:00" },
};
