/**
 * @module
 * Builds the HTTP application: security headers, timeouts and body limits around the read and
 * write endpoints, /openapi.json generated from the same zod schemas that validate requests, and
 * the prebuilt UI. Pure composition: it opens no socket (see server.ts), so tests call
 * `app.request()` in-process.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { VERSION } from "../app/version.js";
import { type ApiDeps, DEFAULT_LIMITS, type Limits } from "./deps.js";
import { errorBody, errorResponse, HttpError } from "./errors.js";
import { registerEntityRoutes } from "./routes-entities.js";
import { registerReadRoutes } from "./routes-read.js";
import { registerWriteRoutes } from "./routes-write.js";
import { staticHandler } from "./static.js";

/** No inline script anywhere: the UI is one bundled file from 'self'. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header("content-security-policy", CSP);
  c.header("x-content-type-options", "nosniff");
  c.header("referrer-policy", "no-referrer");
  c.header("x-frame-options", "DENY");
  c.header("cross-origin-opener-policy", "same-origin");
};

/** The host part of a Host header: `[::1]:8080` → `::1`, `Localhost:80` → `localhost`. */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith("[")) return h.slice(1, h.indexOf("]"));
  return h.replace(/:\d+$/, "");
}

function hostGuard(allowed: readonly string[]): MiddlewareHandler {
  const ok = new Set(allowed.map((h) => h.toLowerCase()));
  return async (c, next) => {
    const host = hostName(c.req.header("host") ?? "");
    if (!ok.has(host)) throw new HttpError("E_BAD_HOST", `this server does not answer for host '${host}'`);
    await next();
  };
}

function timeout(ms: number): MiddlewareHandler {
  return async (_c, next) => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new HttpError("E_TIMEOUT", `the request took over ${ms} ms`)), ms);
    });
    try {
      await Promise.race([next(), late]);
    } finally {
      clearTimeout(timer);
    }
  };
}

export function createApp(deps: ApiDeps): OpenAPIHono {
  const limits: Limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issues = result.error.issues.map((i) => `${i.path.join(".") || "(body)"}: ${i.message}`);
      return c.json(errorBody("E_VALIDATION", issues.join("; ")), 400);
    },
  });
  app.use("*", securityHeaders);
  if (deps.allowedHosts) app.use("*", hostGuard(deps.allowedHosts));
  app.use("/api/*", timeout(limits.timeoutMs));
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: limits.maxBodyBytes,
      onError: () => {
        throw new HttpError("E_BODY_TOO_LARGE", `the request body is over ${limits.maxBodyBytes} bytes`);
      },
    }),
  );
  registerWriteRoutes(app, deps.ingestor, deps.token);
  registerReadRoutes(app, deps.store, deps.dossierOf, deps.dossierVersion);
  registerEntityRoutes(app, deps.store, deps.dossierOf);
  app.doc("/openapi.json", {
    openapi: "3.0.3",
    info: {
      title: "kabar API",
      version: VERSION,
      description: "Stories, dossiers, articles, entities, quotes and search over a kabar store.",
    },
  });
  app.all("/api/*", (c) =>
    c.json(errorBody("E_ROUTE_NOT_FOUND", `no such endpoint: ${c.req.method} ${c.req.path}`), 404),
  );
  if (deps.webRoot) app.get("*", staticHandler(deps.webRoot));
  app.notFound((c) => c.json(errorBody("E_ROUTE_NOT_FOUND", `not found: ${c.req.path}`), 404));
  app.onError((err, c) => {
    if (err instanceof HTTPException && !(err.cause instanceof HttpError)) {
      const code = err.status === 413 ? "E_BODY_TOO_LARGE" : err.status < 500 ? "E_VALIDATION" : "E_INTERNAL";
      return c.json(errorBody(code, err.message || "bad request"), err.status);
    }
    return errorResponse(c, err, deps.onBug);
  });
  return app;
}
