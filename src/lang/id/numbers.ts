/**
 * @module
 * Indonesian number words one to eleven, the part every section that reads numbers shares. Each
 * section adds its own: dates read "se-" (sehari) and vague amounts ("puluhan"), claims read zero,
 * hundreds and ordinals ("kedua"), so the two word lists are not one.
 */
export const SMALL_CARDINALS: Readonly<Record<string, number>> = {
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
  sebelas: 11,
};
