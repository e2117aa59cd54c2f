/**
 * @module
 * Maps offsets in a cleaned text back to the raw input it was cut from. Cleaning keeps whole
 * pieces of the raw text and joins them with separators; each kept piece is one segment.
 */

export interface OffsetSegment {
  /** Where the piece starts in the cleaned text. */
  readonly cleanStart: number;
  /** Where the same piece starts in the raw text. */
  readonly rawStart: number;
  readonly length: number;
}

export class OffsetMap {
  readonly segments: readonly OffsetSegment[];

  constructor(segments: readonly OffsetSegment[]) {
    this.segments = [...segments].sort((a, b) => a.cleanStart - b.cleanStart);
  }

  /** The identity map, for text that was kept whole. */
  static identity(length: number): OffsetMap {
    return new OffsetMap([{ cleanStart: 0, rawStart: 0, length }]);
  }

  /**
   * The raw offset of a cleaned offset. Offsets that fall in a separator added by cleaning map to
   * the end of the preceding piece.
   */
  toRaw(cleanOffset: number): number {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid]!.cleanStart <= cleanOffset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return segs[0]?.rawStart ?? cleanOffset;
    const seg = segs[found]!;
    return seg.rawStart + Math.min(cleanOffset - seg.cleanStart, seg.length);
  }

  toJSON(): OffsetSegment[] {
    return [...this.segments];
  }
}
