/**
 * @module
 * Every CLI command, registered in the order `kabar --help` lists them.
 */
import type { Command } from "commander";
import { registerAnalyze } from "./analyze.js";

export const COMMANDS: readonly ((program: Command) => void)[] = [registerAnalyze];
