/**
 * @module
 * The `kabar` command line.
 */
import { Command } from "commander";
import { VERSION } from "../app/version.js";
import { COMMANDS } from "./commands/index.js";
import { EXIT, printError } from "./output.js";

const program = new Command()
  .name("kabar")
  .description("many news articles about the same events → one sourced, cross-checked dossier")
  .version(VERSION)
  .exitOverride((err) => {
    process.exit(err.exitCode === 0 ? EXIT.ok : EXIT.usage);
  });
for (const register of COMMANDS) register(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  printError(null, err);
  process.exitCode = EXIT.internal;
});
