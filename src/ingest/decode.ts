/**
 * @module
 * Bytes to text: refuse binaries, accept UTF-8 (with or without BOM), detect anything else with
 * chardet and convert it with iconv-lite.
 */
import chardet from "chardet";
import iconv from "iconv-lite";
import { DomainError } from "../core/errors.js";

const MAGIC: readonly [string, number[]][] = [
  ["PDF", [0x25, 0x50, 0x44, 0x46]],
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["ZIP archive or Office document", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip archive", [0x1f, 0x8b]],
  ["WebP or RIFF media", [0x52, 0x49, 0x46, 0x46]],
  ["SQLite database", [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
];

/** Names the binary format of `bytes`, or returns null when they look like text. */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const [name, sig] of MAGIC) if (sig.every((b, i) => bytes[i] === b)) return name;
  const head = bytes.subarray(0, 8192);
  // UTF-16 text carries NUL bytes too; its BOM tells it apart.
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && head.includes(0)) return "binary data";
  return null;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes `bytes`, naming `source` in any error. */
export function decodeText(bytes: Uint8Array, source: string): string {
  const kind = sniffBinary(bytes);
  if (kind) throw new DomainError("E_INPUT_BINARY", { kind, path: source });
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const guess = chardet.detect(bytes);
    if (!guess || !iconv.encodingExists(guess)) {
      throw new DomainError("E_INPUT_ENCODING", { detail: "unknown encoding", path: source });
    }
    text = iconv.decode(Buffer.from(bytes), guess);
    const bad = (text.match(/\uFFFD/g) ?? []).length;
    if (bad > Math.max(8, text.length * 0.01)) {
      throw new DomainError("E_INPUT_ENCODING", { detail: `not valid ${guess}`, path: source });
    }
  }
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}
