/**
 * @module
 * The catalogue of coded errors. The core raises {@link DomainError}s with a code and data; the
 * edges (CLI, HTTP) map codes to exit codes or status codes. The core never prints.
 */

export const ERROR_MESSAGES = {
  E_INPUT_NOT_FOUND: "no such file or folder: {path}",
  E_INPUT_EMPTY: "the file is empty: {path}",
  E_INPUT_BINARY: "not a text, HTML or JSON article ({kind}): {path}",
  E_INPUT_TOO_LARGE: "the file is {size} bytes, over the {limit}-byte limit: {path}",
  E_INPUT_ENCODING: "cannot decode the text ({detail}): {path}",
  E_INPUT_MALFORMED: "malformed {format} ({detail}): {path}",
  E_INPUT_NO_TEXT: "no article text could be extracted: {path}",
  E_INPUT_UNREADABLE: "cannot read {path}: {detail}",
  E_INPUT_TIMEOUT: "analysis took over {limit} ms and was abandoned: {path}",
  E_ANALYSIS_FAILED: "analysis failed ({detail}): {path}",
  E_PIPELINE_MISSING_LAYER: "stage '{stage}' requires '{layer}', which no earlier stage assigns",
  E_PIPELINE_DUPLICATE_STAGE: "stage '{stage}' appears twice in the pipeline",
  E_STAGE_UNDECLARED_LAYER: "stage '{stage}' reads layer '{layer}', which it does not declare in requires",
  E_STAGE_UNDECLARED_WRITE: "stage '{stage}' writes layer '{layer}', which it does not declare in assigns",
  E_STAGE_UNASSIGNED: "stage '{stage}' declares it assigns '{layer}' but did not",
  E_LANG_UNKNOWN: "no language pack for '{code}'",
  E_LANG_DUPLICATE: "two language packs share the code '{code}'",
  E_CLEAN_NO_CUES:
    "a cleaning helper ran outside the clean stage: wrap the call in withCues(cuesFor(packs), …)",
  E_MODEL_MISSING: "model file missing or unreadable: {path}",
  E_MODEL_MISMATCH:
    "model file {path} does not match this build ({detail}); the build is older or newer than the model: run `npm run build`",
  E_FEED_FETCH: "cannot fetch feed {url}: {detail}",
  E_FEED_PARSE: "cannot parse feed {url}: {detail}",
  E_FETCH_BLOCKED: "refusing to fetch {url}: {detail}",
  E_STORE: "storage error: {detail}",
  E_NOT_FOUND: "{what} not found: {id}",
  E_USAGE: "{detail}",
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** An expected failure, described by a code from {@link ERROR_MESSAGES} and the data it names. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly data: Readonly<Record<string, string | number>>;

  constructor(code: ErrorCode, data: Record<string, string | number> = {}, options?: ErrorOptions) {
    super(formatMessage(code, data), options);
    this.name = "DomainError";
    this.code = code;
    this.data = Object.freeze({ ...data });
  }
}

export function formatMessage(code: ErrorCode, data: Record<string, string | number>): string {
  return ERROR_MESSAGES[code].replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in data ? String(data[key]) : whole,
  );
}

export function isDomainError(err: unknown, code?: ErrorCode): err is DomainError {
  return err instanceof DomainError && (code === undefined || err.code === code);
}
