/**
 * @module
 * Opens the socket for an app built by {@link createApp}. Loopback by default; Node's own
 * header and request timeouts bound slow clients below the app's per-request timeout.
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";

export interface Listening {
  readonly url: string;
  close(): Promise<void>;
}

export function listen(
  app: { fetch: (req: Request) => Response | Promise<Response> },
  options: { host?: string; port?: number } = {},
): Promise<Listening> {
  const hostname = options.host ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname, port: options.port ?? 0 }, (info: AddressInfo) => {
      const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            if ("closeAllConnections" in server) server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
    if ("headersTimeout" in server) {
      server.headersTimeout = 10_000;
      server.requestTimeout = 60_000;
    }
    server.once("error", reject);
  });
}
