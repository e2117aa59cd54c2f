// The stopword package (MIT) ships no type declarations: its lists are plain string arrays keyed
// by ISO 639-3 code (`spa`, `deu`, `hrv`…).
declare module "stopword" {
  const lists: Readonly<Record<string, readonly string[] | ((...args: never[]) => unknown)>>;
  export = lists;
}
