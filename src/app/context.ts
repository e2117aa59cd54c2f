/**
 * @module
 * Builds the run context from options: the shipped pack registry and a debug sink. The context
 * itself is assembled in `lang/context.ts`, beside the registry it carries.
 */
export { makeContext } from "../lang/context.js";
