/**
 * @module
 * Commander argument parsers for numeric options. Commander runs them while it parses the command
 * line, before any action: a bad value ends the run with the usage exit code and nothing (no
 * database file, no output) has been touched yet.
 */
import { InvalidArgumentError } from "commander";

function integer(value: string, min: number, max: number, what: string): number {
  // Number("") is 0 and Number("1e3") is 1000: only plain decimal digits are accepted.
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError(`expected ${what}, got "${value}"`);
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw new InvalidArgumentError(`expected ${what}, got "${value}"`);
  return n;
}

/** A whole number ≥ 1 (limits, byte sizes, milliseconds, seconds). */
export const positiveInt = (value: string): number =>
  integer(value, 1, Number.MAX_SAFE_INTEGER, "a whole number of at least 1");

/** A whole number ≥ 0 (worker counts, where 0 means "in this thread"). */
export const countInt = (value: string): number =>
  integer(value, 0, Number.MAX_SAFE_INTEGER, "a whole number of at least 0");

/** A TCP port; 0 asks the system for a free one. */
export const port = (value: string): number => integer(value, 0, 65535, "a port number from 0 to 65535");

/** One of a fixed set of words. */
export const oneOf =
  (...choices: string[]) =>
  (value: string): string => {
    if (!choices.includes(value)) throw new InvalidArgumentError(`expected one of ${choices.join(", ")}`);
    return value;
  };

/** An ISO date (2024-03-04) or date-time, checked so a typo does not silently match nothing. */
export function isoDate(value: string): string {
  if (
    !/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ||
    Number.isNaN(Date.parse(value))
  )
    throw new InvalidArgumentError(`expected an ISO date such as 2024-03-04, got "${value}"`);
  return value;
}
