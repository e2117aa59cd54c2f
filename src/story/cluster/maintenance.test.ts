import { describe, expect, it } from "vitest";
import { type ClusterInput, clusterArticles, OnlineClusterer, type StoryChange } from "./index.js";
import { twoGroups } from "./maintenance.js";

const a = (
  id: string,
  title: string,
  text: string,
  language: string,
  published: string | null,
): ClusterInput => ({
  id,
  title,
  text,
  language,
  published,
});

// One story told in four languages, plus a look-alike with the same people months later.
const QUAKE = [
  a(
    "q-en",
    "Strong earthquake near Marrakesh kills hundreds in Morocco",
    "A magnitude 6.8 earthquake struck the High Atlas south-west of Marrakesh late on Friday, killing hundreds of people in Al Haouz province, Morocco's interior ministry said.",
    "en",
    "2023-09-09",
  ),
  a(
    "q-fr",
    "Séisme au Maroc : des centaines de morts près de Marrakech",
    "Un séisme de magnitude 6,8 a frappé le Haut Atlas au sud-ouest de Marrakech vendredi soir, faisant des centaines de morts dans la province d'Al Haouz, selon le ministère de l'Intérieur du Maroc.",
    "fr",
    "2023-09-09",
  ),
  a(
    "q-es",
    "Terremoto en Marruecos deja cientos de muertos cerca de Marrakech",
    "Un terremoto de magnitud 6,8 sacudió el Alto Atlas al suroeste de Marrakech el viernes por la noche y dejó cientos de muertos en la provincia de Al Haouz, según el Ministerio del Interior de Marruecos.",
    "es",
    "2023-09-09",
  ),
  a(
    "q-de",
    "Erdbeben in Marokko: Hunderte Tote bei Marrakesch",
    "Ein Erdbeben der Stärke 6,8 hat am Freitagabend den Hohen Atlas südwestlich von Marrakesch erschüttert; in der Provinz Al Haouz starben Hunderte Menschen, teilte das Innenministerium Marokkos mit.",
    "de",
    "2023-09-10",
  ),
  a(
    "q-en2",
    "Morocco earthquake death toll passes 2,000 as rescuers reach Atlas villages",
    "The death toll from the earthquake in Morocco's High Atlas rose above 2,000, the interior ministry said, as rescuers reached villages in Al Haouz south of Marrakesh.",
    "en",
    "2023-09-10",
  ),
];

const groupsOf = (map: Map<string, string>, ids: readonly string[]) => new Set(ids.map((id) => map.get(id)));

describe("order-robust clustering", () => {
  it("joins one event's coverage in four languages whatever the arrival order", () => {
    const ids = QUAKE.map((q) => q.id);
    for (const order of [
      QUAKE,
      [...QUAKE].reverse(),
      [QUAKE[2]!, QUAKE[3]!, QUAKE[1]!, QUAKE[4]!, QUAKE[0]!],
    ]) {
      expect(groupsOf(clusterArticles(order), ids).size).toBe(1);
    }
  });

  it("keeps an undated article away from a story years off when its text dates its event", () => {
    const old = a(
      "old",
      "Terremoto en Marruecos: cientos de muertos cerca de Marrakech",
      "El terremoto del 8 de septiembre de 2023 en el Alto Atlas, al suroeste de Marrakech, dejó cientos de muertos en Al Haouz, según el Ministerio del Interior de Marruecos.",
      "es",
      null,
    );
    const later = QUAKE.map((q) => ({
      ...q,
      id: `${q.id}-2028`,
      published: q.published!.replace("2023", "2028"),
    }));
    const map = clusterArticles([...later, old]);
    expect(map.get("old")).not.toBe(map.get("q-es-2028"));
  });
});

describe("event-type separation", () => {
  const summit = [
    a(
      "s1",
      "Widodo and Albanese meet in Bogor for annual leaders' summit",
      "President Joko Widodo and Prime Minister Anthony Albanese met at the Bogor palace on Monday for the annual leaders' meeting, discussing trade and climate.",
      "en",
      "2024-06-03",
    ),
    a(
      "s2",
      "Albanese and Widodo hold talks at Bogor summit",
      "Anthony Albanese and Joko Widodo held talks in Bogor on Monday, the two leaders' meeting focusing on trade, electric vehicles and climate.",
      "en",
      "2024-06-03",
    ),
  ];
  const launch = a(
    "f1",
    "Indonesia launches communications satellite, Widodo watches from Bogor",
    "Indonesia launched a communications satellite on Monday; President Joko Widodo watched the launch on a screen in Bogor.",
    "en",
    "2024-06-03",
  );

  it("keeps a launch reported the same day with the same leaders out of the summit story", () => {
    const map = clusterArticles([...summit, launch]);
    expect(map.get("s1")).toBe(map.get("s2"));
    expect(map.get("f1")).not.toBe(map.get("s1"));
  });

  // The bundled example's case: same leaders, same day, no headline, and a lead that names the war
  // the meeting is about and the help promised there rather than the meeting. The story mentions
  // the war too; a partial overlap of event types is weak evidence of another event, not proof.
  const kimPutin = [
    a(
      "k1",
      "Kim Jong Un and Vladimir Putin meet at Vostochny cosmodrome",
      "North Korean leader Kim Jong Un and Russian President Vladimir Putin met at the Vostochny cosmodrome in Russia's Far East on Wednesday for talks.",
      "en",
      "2023-09-13",
    ),
    a(
      "k2",
      "Putin hosts Kim for summit talks in Russia's Far East",
      "Vladimir Putin hosted Kim Jong Un for summit talks on Wednesday; the two leaders met for more than four hours at the Vostochny cosmodrome.",
      "en",
      "2023-09-13",
    ),
    a(
      "k3",
      "Kim and Putin meet as Washington warns over arms deal",
      "Kim Jong Un met Vladimir Putin in Russia on Wednesday, the Kremlin said, as Washington warned North Korea against supplying arms to Moscow for its invasion of Ukraine.",
      "en",
      "2023-09-13",
    ),
  ];
  const untitled: ClusterInput = {
    id: "k4",
    title: null,
    text: "North Korean leader Kim Jong Un pledged closer ties with Moscow on Wednesday, saying his country would always stand with Russia. Russia has become a pariah in the West since its invasion of Ukraine. Putin said Moscow could help North Korea build satellites.",
    language: "en",
    published: "2023-09-13",
  };

  it.each([
    ["untitled last", [...kimPutin, untitled]],
    ["untitled first", [untitled, ...kimPutin]],
    ["untitled between", [kimPutin[0]!, untitled, kimPutin[1]!, kimPutin[2]!]],
  ])("joins an untitled same-day article whose lead names background events (%s)", (_, order) => {
    const map = clusterArticles(order);
    expect(groupsOf(map, ["k1", "k2", "k3", "k4"]).size).toBe(1);
  });
});

describe("maintenance", () => {
  it("merges stories that grew together and reports a redirect for the absorbed id", () => {
    // Two stories of one event, as an earlier run (in an unlucky order) left them.
    const c = new OnlineClusterer();
    c.restore(QUAKE[0]!, "s-a");
    c.restore(QUAKE[4]!, "s-a");
    c.restore(QUAKE[1]!, "s-b");
    c.restore(QUAKE[2]!, "s-b");
    c.add(QUAKE[3]!);
    const changes: StoryChange[] = c.drainChanges();
    const merges = changes.filter((ch) => ch.kind === "merge");
    expect(merges).toHaveLength(1);
    const live = new Set(QUAKE.map((q) => c.storyOf(q.id)));
    expect(live.size).toBe(1);
    // Both ids, bookmarked before the merge, lead to the live story.
    expect(c.resolve("s-a")).toBe(c.storyOf(QUAKE[0]!.id));
    expect(c.resolve("s-b")).toBe(c.storyOf(QUAKE[0]!.id));
  });

  it("rejects an article added twice instead of double-counting it", () => {
    const c = new OnlineClusterer();
    c.add(QUAKE[0]!);
    expect(() => c.add(QUAKE[0]!)).toThrow(/already added/);
  });
});

describe("twoGroups", () => {
  it("splits two cliques joined by weak links and reports the weak average across", () => {
    const hi = 0.8;
    const lo = 0.02;
    const sim = [
      [1, hi, hi, lo, lo],
      [hi, 1, hi, lo, lo],
      [hi, hi, 1, lo, 0.1],
      [lo, lo, lo, 1, hi],
      [lo, lo, 0.1, hi, 1],
    ];
    const g = twoGroups(sim)!;
    expect(new Set([g.a.join(","), g.b.join(",")])).toEqual(new Set(["0,1,2", "3,4"]));
    expect(g.across).toBeLessThan(0.05);
    expect(g.within).toBeGreaterThan(0.7);
  });

  it("needs at least four items", () => {
    expect(
      twoGroups([
        [1, 0.5, 0.5],
        [0.5, 1, 0.5],
        [0.5, 0.5, 1],
      ]),
    ).toBeNull();
  });
});
