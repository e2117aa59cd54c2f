/**
 * @module
 * The engine version written into every dossier.
 */
export const VERSION = "0.1.0";
