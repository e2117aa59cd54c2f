/**
 * @module
 * Which concepts of the claims synonym tables are events (things that happen) rather than things:
 * the same for every language, since the concept keys are language-neutral.
 */
export const EVENT_CONCEPTS: readonly string[] = [
  "meet",
  "arrive",
  "depart",
  "die",
  "injure",
  "crash",
  "quake",
  "erupt",
  "evacuate",
  "missing",
  "fire",
  "damage",
  "rescue",
  "trap",
];
