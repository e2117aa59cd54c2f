/**
 * @module
 * A directory of news outlets: display name, web domains, and the forms pages print them in
 * (datelines such as "JAKARTA, KOMPAS.com -", logos, self-references). Language editions are named
 * where an outlet publishes several ("DW" in Indonesian is "DW Indonesia").
 */
export interface OutletEntry {
  readonly name: string;
  readonly domains: readonly string[];
  readonly aliases: readonly string[];
  /** Edition names by BCP 47 language code. */
  readonly editions?: Readonly<Record<string, string>>;
}

export const OUTLETS: readonly OutletEntry[] = [
  { name: "Kompas.com", domains: ["kompas.com"], aliases: ["KOMPAS.com", "Kompas.com"] },
  { name: "Kompas TV", domains: ["kompas.tv"], aliases: ["KOMPAS.TV", "Kompas TV", "KompasTV"] },
  { name: "Kompas.id", domains: ["kompas.id"], aliases: ["Kompas.id", "KOMPAS"] },
  {
    name: "detikcom",
    domains: ["detik.com"],
    aliases: ["detikcom", "detikNews", "detik.com", "detikFinance"],
  },
  { name: "Tempo", domains: ["tempo.co"], aliases: ["TEMPO.CO", "Tempo.co", "Tempo"] },
  { name: "CNN Indonesia", domains: ["cnnindonesia.com"], aliases: ["CNN Indonesia", "CNNIndonesia.com"] },
  { name: "CNBC Indonesia", domains: ["cnbcindonesia.com"], aliases: ["CNBC Indonesia"] },
  { name: "ANTARA News", domains: ["antaranews.com"], aliases: ["ANTARA", "ANTARA News"] },
  { name: "Liputan6.com", domains: ["liputan6.com"], aliases: ["Liputan6.com", "Liputan6"] },
  {
    name: "Tribunnews",
    domains: ["tribunnews.com"],
    aliases: ["TRIBUNNEWS.COM", "Tribunnews.com", "Tribunnews"],
  },
  { name: "Okezone", domains: ["okezone.com"], aliases: ["Okezone", "Okezone.com"] },
  { name: "VIVA", domains: ["viva.co.id"], aliases: ["VIVA", "VIVA.co.id", "Viva.co.id"] },
  { name: "JPNN", domains: ["jpnn.com"], aliases: ["JPNN", "jpnn.com", "JPNN.com"] },
  { name: "Merdeka.com", domains: ["merdeka.com"], aliases: ["Merdeka.com", "merdeka.com"] },
  {
    name: "Beritasatu",
    domains: ["beritasatu.com"],
    aliases: ["Beritasatu", "Beritasatu.com", "BeritaSatu"],
  },
  { name: "SINDOnews", domains: ["sindonews.com"], aliases: ["SINDOnews", "SINDOnews.com"] },
  { name: "Republika", domains: ["republika.co.id"], aliases: ["REPUBLIKA.CO.ID", "Republika"] },
  { name: "Medcom.id", domains: ["medcom.id"], aliases: ["Medcom.id"] },
  { name: "Metro TV", domains: ["metrotvnews.com"], aliases: ["Metrotvnews.com", "Metro TV"] },
  { name: "Bloomberg Technoz", domains: ["bloombergtechnoz.com"], aliases: ["Bloomberg Technoz"] },
  { name: "Kumparan", domains: ["kumparan.com"], aliases: ["kumparan", "kumparanNEWS"] },
  { name: "IDN Times", domains: ["idntimes.com"], aliases: ["IDN Times"] },
  { name: "Suara.com", domains: ["suara.com"], aliases: ["Suara.com"] },
  { name: "Katadata", domains: ["katadata.co.id"], aliases: ["Katadata", "Katadata.co.id"] },
  { name: "Bisnis.com", domains: ["bisnis.com"], aliases: ["Bisnis.com", "JIBI"] },
  {
    name: "The Jakarta Post",
    domains: ["thejakartapost.com"],
    aliases: ["The Jakarta Post", "Jakarta Post"],
  },
  { name: "Jakarta Globe", domains: ["jakartaglobe.id"], aliases: ["Jakarta Globe"] },
  { name: "VOA Indonesia", domains: ["voaindonesia.com"], aliases: ["VOA Indonesia"] },
  {
    name: "BBC",
    domains: ["bbc.com", "bbc.co.uk"],
    aliases: ["BBC", "BBC News"],
    editions: { id: "BBC News Indonesia" },
  },
  {
    name: "DW",
    domains: ["dw.com"],
    aliases: ["DW", "Deutsche Welle"],
    editions: { id: "DW Indonesia", en: "DW" },
  },
  { name: "Reuters", domains: ["reuters.com"], aliases: ["Reuters"] },
  { name: "Associated Press", domains: ["apnews.com"], aliases: ["AP News"] },
  { name: "AFP", domains: ["afp.com"], aliases: ["AFP"] },
  { name: "Al Jazeera", domains: ["aljazeera.com"], aliases: ["Al Jazeera"] },
  { name: "The Guardian", domains: ["theguardian.com"], aliases: ["The Guardian"] },
  { name: "The New York Times", domains: ["nytimes.com"], aliases: ["The New York Times", "New York Times"] },
  {
    name: "The Washington Post",
    domains: ["washingtonpost.com"],
    aliases: ["The Washington Post", "Washington Post"],
  },
  { name: "CNN", domains: ["cnn.com", "edition.cnn.com"], aliases: ["CNN"] },
  {
    name: "The Straits Times",
    domains: ["straitstimes.com"],
    aliases: ["The Straits Times", "Straits Times"],
  },
  { name: "South China Morning Post", domains: ["scmp.com"], aliases: ["South China Morning Post", "SCMP"] },
  { name: "Nikkei Asia", domains: ["asia.nikkei.com"], aliases: ["Nikkei Asia"] },
  { name: "Bangkok Post", domains: ["bangkokpost.com"], aliases: ["Bangkok Post"] },
  { name: "The Star", domains: ["thestar.com.my"], aliases: ["The Star"] },
  { name: "USA Today", domains: ["usatoday.com"], aliases: ["USA Today", "USA TODAY"] },
  { name: "Bloomberg", domains: ["bloomberg.com"], aliases: ["Bloomberg"] },
  { name: "The Telegraph", domains: ["telegraph.co.uk"], aliases: ["The Telegraph", "Telegraph"] },
  { name: "RIA Novosti", domains: ["ria.ru"], aliases: ["RIA Novosti", "RIA"] },
  { name: "Channel NewsAsia", domains: ["channelnewsasia.com"], aliases: ["CNA", "Channel NewsAsia"] },
  { name: "ABC News", domains: ["abc.net.au", "abcnews.go.com"], aliases: ["ABC News", "ABC"] },
  { name: "NPR", domains: ["npr.org"], aliases: ["NPR"] },
  {
    name: "GMA Integrated News",
    domains: ["gmanetwork.com"],
    aliases: ["GMA Integrated News", "GMA News", "GMA News Online"],
  },
  { name: "Financial Times", domains: ["ft.com"], aliases: ["Financial Times", "FT"] },
  {
    name: "The Wall Street Journal",
    domains: ["wsj.com"],
    aliases: ["The Wall Street Journal", "Wall Street Journal", "WSJ"],
  },
];

const byAlias = new Map<string, OutletEntry>();
const byDomain = new Map<string, OutletEntry>();
for (const outlet of OUTLETS) {
  for (const alias of outlet.aliases) byAlias.set(alias.toLowerCase(), outlet);
  byAlias.set(outlet.name.toLowerCase(), outlet);
  for (const domain of outlet.domains) byDomain.set(domain, outlet);
}

/** The outlet a printed name refers to ("KOMPAS.TV" → Kompas TV), or null. */
export function outletNamed(name: string): OutletEntry | null {
  return byAlias.get(name.trim().toLowerCase()) ?? null;
}

/** The outlet of a URL or host name, matching the registered domain or any parent of it. */
export function outletOfUrl(url: string): OutletEntry | null {
  const host = /^(?:[a-z]+:\/\/)?([^/:?#\s]+)/i.exec(url.trim())?.[1]?.toLowerCase();
  if (!host) return null;
  const parts = host.split(".");
  for (let i = 0; i < parts.length - 1; i++) {
    const hit = byDomain.get(parts.slice(i).join("."));
    if (hit) return hit;
  }
  return null;
}

/**
 * Words news outlets' names end in ("Bangkok Post", "Selangor Journal", "Permatanews"): a printed name
 * of this shape is taken for an outlet even when the directory does not know it.
 */
const MEDIA_WORD =
  /(?:news|post|pos|times|tribune|journal|herald|daily|today|globe|gazette|chronicle|online|media|tv|insider|observer|star|mail|express|telegraph|pers|harian|press|record|review|bulletin|courier|dispatch|inquirer|sentinel|ledger|register|examiner|monitor|standard|(?:press|news)\s+agency)$/iu;
const MEDIA_NAME = /^(?:the\s+)?\p{Lu}[\p{L}\d'&.-]*(?:\s+\p{Lu}[\p{L}\d'&.-]*){0,3}$/u;

/**
 * Indonesian papers put the media word first: "Kabar Jogja", "Suara Merdeka", "Radar Malang",
 * "Harian Haluan", "Warta Kota", "Pos Kupang". ("Berita …" and "Info …" are section labels too.)
 */
const MEDIA_LEAD =
  /^(?:[Kk]abar|[Ss]uara|[Hh]arian|[Rr]adar|[Ww]arta|[Kk]oran|[Tt]ribun|[Pp]os|[Jj]urnal|[Mm]ajalah)\s+\p{Lu}/u;

/** "Pos Terkait", "Kabar Terkini", "Suara Pembaca": labels that open with a media word. */
const LEAD_LABEL =
  /^\S+\s+(?:terkait|terkini|terbaru|lainnya|pilihan|utama|populer|pembaca|anda|kami|daerah|hari ini)$/iu;

/** Section and feature labels shaped like names: "Breaking News", "Berita Terkini", "Health News". */
const GENERIC =
  /^(?:the\s+)?(?:breaking|latest|top|world|local|health|business|sports?|tech|technology|politics|national|nasional|international|internasional|berita|more|daily|weekly|live|video|photo|foto|related|trending|popular|good|fake|hot|terkini|terbaru|today|regional|metro|global|entertainment|opinion|finance|economy|science|travel|lifestyle|news|shots)\b/iu;

/** A name shaped like an outlet's: one in the directory, a web name, or capitalised words ending in a media word. */
export function looksLikeOutletName(name: string): boolean {
  const n = name.trim();
  if (outletNamed(n)) return true;
  if (/^[\p{L}\d-]+\.(?:com|co\.id|co|id|tv|net|org|news)$/iu.test(n)) return true;
  // "SmartNews", "kumparanNEWS": a media word glued to a name; "detikSumbagsel": a brand in lower case
  // glued to an edition.
  if (/^\p{L}+$/u.test(n) && /\p{Ll}\p{Lu}/u.test(n) && (MEDIA_WORD.test(n) || /^\p{Ll}/u.test(n)))
    return true;
  if (MEDIA_LEAD.test(n) && MEDIA_NAME.test(n) && n.split(/\s+/).length <= 3 && !LEAD_LABEL.test(n))
    return true;
  return MEDIA_NAME.test(n) && MEDIA_WORD.test(n) && n.split(/\s+/).length <= 4 && !GENERIC.test(n);
}

/** The outlet's name for a language edition, or its plain name. */
export function editionName(outlet: OutletEntry, language: string | null): string {
  return (language && outlet.editions?.[language]) || outlet.name;
}
