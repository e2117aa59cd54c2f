/**
 * @module
 * The `kabar` command line. Every failure that is not a domain error ends here as exit 70 with
 * one coded line (see output.ts); uncaught errors and rejections included, so no stack trace
 * reaches a user unless `--debug` asks for it.
 */
import { Command } from "commander";
import { VERSION } from "../app/version.js";
import { COMMANDS } from "./commands/index.js";
import { debugMode, EXIT, printError } from "./output.js";

// `--debug` is accepted anywhere on the line, before or after the command, so it is taken out
// before commander sees it rather than declared on every command.
const argv = process.argv.filter((arg) => arg !== "--debug");
if (argv.length !== process.argv.length) debugMode.on = true;

const internal = (err: unknown): void => {
  printError(null, err);
  process.exitCode = EXIT.internal;
};
process.on("uncaughtException", (err) => {
  internal(err);
  process.exit(EXIT.internal);
});
process.on("unhandledRejection", (err) => {
  internal(err);
  process.exit(EXIT.internal);
});

const program = new Command()
  .name("kabar")
  .description("many news articles about the same events → one sourced, cross-checked dossier")
  .version(VERSION)
  .option(
    "--debug",
    "print the stack of internal errors, and on analyze why stages decided (also KABAR_DEBUG=1)",
  )
  .exitOverride((err) => {
    process.exit(err.exitCode === 0 ? EXIT.ok : EXIT.usage);
  });
for (const register of COMMANDS) register(program);

program.parseAsync(argv).catch(internal);
