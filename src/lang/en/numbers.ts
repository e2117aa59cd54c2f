/**
 * @module
 * English number words one to twelve and twenty, the part every section that reads numbers
 * shares. Each section adds its own: dates read "a"/"an" and vague amounts ("several"), claims
 * read zero, hundred and dozen, so the two word lists are not one.
 */
export const SMALL_CARDINALS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
};
