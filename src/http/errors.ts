/**
 * @module
 * One JSON error shape for every failure, `{ error: { code, message } }`. Domain errors keep the
 * code the core raised (src/core/errors.ts) and get the status that code means at the HTTP edge;
 * failures that only exist here (auth, limits, validation) get codes of their own. Anything else
 * is a bug: the client sees `E_INTERNAL` and no stack trace.
 */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { type ErrorCode, isDomainError } from "../core/errors.js";

/** Codes the HTTP edge adds to the core's catalogue. */
export type HttpErrorCode =
  | "E_VALIDATION"
  | "E_UNAUTHORIZED"
  | "E_BODY_TOO_LARGE"
  | "E_TIMEOUT"
  | "E_BAD_PATH"
  | "E_BAD_HOST"
  | "E_ROUTE_NOT_FOUND"
  | "E_INTERNAL";

const DOMAIN_STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  E_INPUT_NOT_FOUND: 422,
  E_INPUT_EMPTY: 422,
  E_INPUT_BINARY: 415,
  E_INPUT_TOO_LARGE: 413,
  E_INPUT_ENCODING: 422,
  E_INPUT_MALFORMED: 422,
  E_INPUT_NO_TEXT: 422,
  E_INPUT_UNREADABLE: 422,
  E_INPUT_TIMEOUT: 422,
  E_ANALYSIS_FAILED: 422,
  E_PIPELINE_MISSING_LAYER: 500,
  E_PIPELINE_DUPLICATE_STAGE: 500,
  E_STAGE_UNDECLARED_LAYER: 500,
  E_STAGE_UNDECLARED_WRITE: 500,
  E_STAGE_UNASSIGNED: 500,
  E_LANG_UNKNOWN: 422,
  E_LANG_DUPLICATE: 500,
  E_CLEAN_NO_CUES: 500,
  E_MODEL_MISSING: 500,
  E_MODEL_MISMATCH: 500,
  E_FEED_FETCH: 502,
  E_FEED_PARSE: 502,
  E_FETCH_BLOCKED: 422,
  E_STORE: 500,
  E_NOT_FOUND: 404,
  E_USAGE: 400,
};

const HTTP_STATUS: Record<HttpErrorCode, ContentfulStatusCode> = {
  E_VALIDATION: 400,
  E_UNAUTHORIZED: 401,
  E_BODY_TOO_LARGE: 413,
  E_TIMEOUT: 503,
  E_BAD_PATH: 400,
  E_BAD_HOST: 421,
  E_ROUTE_NOT_FOUND: 404,
  E_INTERNAL: 500,
};

/** An expected failure of the HTTP edge itself. */
export class HttpError extends Error {
  constructor(
    readonly code: HttpErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export function statusOf(code: ErrorCode | HttpErrorCode): ContentfulStatusCode {
  return (DOMAIN_STATUS as Record<string, ContentfulStatusCode>)[code] ?? HTTP_STATUS[code as HttpErrorCode];
}

export function errorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

/** Turns any thrown value into the JSON error response; reports unexpected ones to `onBug`. */
export function errorResponse(c: Context, err: unknown, onBug?: (err: unknown) => void): Response {
  if (isDomainError(err)) return c.json(errorBody(err.code, err.message), statusOf(err.code));
  if (err instanceof HttpError) return c.json(errorBody(err.code, err.message), statusOf(err.code));
  onBug?.(err);
  return c.json(errorBody("E_INTERNAL", "internal error"), 500);
}
