/**
 * @module
 * The gate's view of HTML extraction (`npm run bench:html` prints the full table): the block
 * classifier's shingle F1 on the html-extraction dev split, averaged over the news sources
 * (l3s-gn1, dragnet, cleanportaleval), and its lead over Readability alone on the same pages.
 * The pages are shared training data, not committed, so without ../shared the gate skips these
 * floors and says so.
 */
import { extractBlocks } from "../../src/ingest/html/extract.js";
import { extractWithReadability } from "../../src/ingest/html/readability.js";
import { runExtractor, splitPages } from "../clean/html.js";

export async function gateScores(): Promise<Record<string, number>> {
  const { pages, trainHosts, gold } = splitPages("dev");
  const blocks = runExtractor(pages, (p) => extractBlocks(p.html, p.url ?? undefined).text, trainHosts, gold);
  const readability = runExtractor(
    pages,
    (p) => extractWithReadability(p.html, p.url ?? undefined).text,
    trainHosts,
    gold,
  );
  return { devNewsF1: blocks.newsMean, devLeadOverReadability: blocks.newsMean - readability.newsMean };
}
