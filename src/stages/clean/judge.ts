/**
 * @module
 * Line verdicts: the cue rules of classify.ts read each line (and the metadata it carries), the
 * learned model of model.ts decides. A cue is one feature among many; the model's probability is
 * the verdict. A removal's reason is the cue that fired or, without one, the model's top feature.
 * Credits a cue read stand whatever the model decides (their readers are strict); stamps and
 * outlets read from a line the model keeps against its cue are discarded.
 */
import { classifyLine, type Findings, type Verdict } from "./classify.js";
import { type Features, lineFeatures } from "./features.js";
import { endsLikeSentence, type Line, wordCount } from "./lines.js";
import { bodyProbability, type LineModel, lineModel, topChromeFeature } from "./model.js";

export interface CueReading {
  /** What each cue rule said of each line. */
  readonly cues: Verdict[];
  /** What each line's cue read (credits, stamps, outlets). */
  readonly found: Findings[];
}

const emptyFindings = (): Findings => ({ credits: [], stamps: [], laterStamps: [], outlets: [] });

export function readCues(lines: readonly Line[]): CueReading {
  const found = lines.map(emptyFindings);
  const cues = lines.map((_, i) => classifyLine(lines, i, found[i]!));
  return { cues, found };
}

/** The features of every line, given what the cues said. */
export function featuresOf(
  lines: readonly Line[],
  cues: readonly Verdict[],
  repeats?: readonly number[],
): Features[] {
  const texts = lines.map((l, i) => {
    const v = cues[i]!;
    return v.kind === "strip" ? l.text.slice(v.length).trim() : l.text;
  });
  const cueNames = cues.map((v) => (v.kind === "drop" ? v.reason : null));
  return lineFeatures({ texts, cues: cueNames, ...(repeats ? { repeats } : {}) });
}

/** The body probability above which an unsure prose line above the body is kept as a standfirst. */
const STANDFIRST = 0.2;

export interface Judged {
  readonly verdicts: Verdict[];
  readonly found: Findings;
  /** The body probability of each line. */
  readonly probabilities: number[];
}

export function judgeLines(
  lines: readonly Line[],
  model: LineModel = lineModel(),
  repeats?: readonly number[],
): Judged {
  const { cues, found } = readCues(lines);
  const features = featuresOf(lines, cues, repeats);
  const all: Findings = emptyFindings();
  const probabilities: number[] = [];
  const verdicts = lines.map((_, i): Verdict => {
    const cue = cues[i]!;
    const p = bodyProbability(model, features[i]!);
    probabilities.push(p);
    const body = p >= model.threshold;
    const read = found[i]!;
    // Credit readers are strict: what they read stands even when the model keeps the line. A
    // stamp or an outlet read from a line the model keeps against its cue does not.
    all.credits.push(...read.credits);
    if (!body || cue.kind !== "drop") {
      all.stamps.push(...read.stamps);
      all.laterStamps.push(...read.laterStamps);
      all.outlets.push(...read.outlets);
    }
    if (body) return cue.kind === "strip" ? cue : { kind: "keep" };
    if (cue.kind === "drop") return cue;
    return { kind: "drop", reason: `model:${topChromeFeature(model, features[i]!)}` };
  });
  // A standfirst: a full prose sentence or two between the headline and the body, which no cue
  // calls chrome. The model is unsure of it (it stands apart from the body); it is the story's own
  // summary and is kept.
  const first = verdicts.findIndex((v) => v.kind !== "drop");
  for (let i = 0; i < first; i++) {
    const v = verdicts[i]!;
    const text = lines[i]!.text;
    if (
      v.kind === "drop" &&
      v.reason.startsWith("model:") &&
      probabilities[i]! >= STANDFIRST &&
      wordCount(text) >= 15 &&
      endsLikeSentence(text) &&
      (features[i]!.get("function-words") ?? 0) >= 0.3
    )
      verdicts[i] = { kind: "keep" };
  }
  keepParagraphsUnderCrossheads(lines, verdicts, features);
  return { verdicts, found: all, probabilities };
}

/** "Korban Tewas Jadi 151 Orang": a short Title Case line, no sentence, that the model dropped. */
function isCrosshead(text: string, v: Verdict): boolean {
  if (v.kind !== "drop" || !v.reason.startsWith("model:")) return false;
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > 10 || endsLikeSentence(text) || /[:;,]$/u.test(text)) return false;
  return words.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

/**
 * A paragraph under a crosshead. A crosshead (a short Title Case line inside the body) stands
 * between two paragraphs, so the paragraph under it has no body line above it, which the model
 * leans on; one that also lacks its closing full stop ("… adalah narapidana atau napi") falls
 * below the threshold with the crosshead. The crosshead may go, but prose under it, with kept
 * body above the crosshead (a related link or a caption may stand between) and below the
 * paragraph, is body.
 */
function keepParagraphsUnderCrossheads(
  lines: readonly Line[],
  verdicts: Verdict[],
  features: readonly Features[],
): void {
  for (let i = 1; i + 1 < lines.length; i++) {
    const v = verdicts[i]!;
    const text = lines[i]!.text;
    if (v.kind !== "drop" || !v.reason.startsWith("model:")) continue;
    if (wordCount(text) < 12 || (features[i]!.get("function-words") ?? 0) < 0.3 || /:$/u.test(text)) continue;
    if (!isCrosshead(lines[i - 1]!.text, verdicts[i - 1]!) || verdicts[i + 1]!.kind === "drop") continue;
    let above = i - 2;
    while (above >= Math.max(0, i - 4) && isCueDrop(verdicts[above]!)) above--;
    if (above >= 0 && verdicts[above]!.kind !== "drop") verdicts[i] = { kind: "keep" };
  }
}

const isCueDrop = (v: Verdict): boolean => v.kind === "drop" && !v.reason.startsWith("model:");
