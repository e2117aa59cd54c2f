/**
 * @module
 * Module declarations for the files Vite bundles into the UI that TypeScript cannot type itself.
 */
declare module "*.css";
