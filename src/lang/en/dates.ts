/**
 * @module
 * English calendar words.
 */
import type { DateData } from "../types/dates.js";

export const dates: DateData = {
  months: [
    ["january", "jan"],
    ["february", "feb"],
    ["march", "mar"],
    ["april", "apr"],
    ["may"],
    ["june", "jun"],
    ["july", "jul"],
    ["august", "aug"],
    ["september", "sep", "sept"],
    ["october", "oct"],
    ["november", "nov"],
    ["december", "dec"],
  ],
  weekdays: [
    ["sunday", "sun"],
    ["monday", "mon"],
    ["tuesday", "tue", "tues"],
    ["wednesday", "wed"],
    ["thursday", "thu", "thur", "thurs"],
    ["friday", "fri"],
    ["saturday", "sat"],
  ],
  timeZones: {
    UTC: "+00:00",
    GMT: "+00:00",
    BST: "+01:00",
    CET: "+01:00",
    CEST: "+02:00",
    EST: "-05:00",
    EDT: "-04:00",
    CST: "-06:00",
    CDT: "-05:00",
    PST: "-08:00",
    PDT: "-07:00",
    WIB: "+07:00",
    WITA: "+08:00",
    WIT: "+09:00",
    JST: "+09:00",
    KST: "+09:00",
    SGT: "+08:00",
    MSK: "+03:00",
  },
};
