// A tiny static file server for the built task pane (dist/web): the browser test and the web
// benchmark load the page from it over plain http on 127.0.0.1. GET and HEAD only, no directory
// listings, nothing outside the root (`..`, encoded slashes, symlinks out of the root are refused).
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";

export interface StaticServer {
  /** Base URL ending in `/`, e.g. `http://127.0.0.1:41234/`. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".wasm": "application/wasm",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export function mimeType(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? "application/octet-stream";
}

function isInside(root: string, candidate: string): boolean {
  return (
    candidate === root || candidate.startsWith(root.endsWith(path.sep) ? root : root + path.sep)
  );
}

/**
 * The file a request path names inside `root` (an absolute, real path), or undefined when the path is
 * malformed or would leave the root. Does not touch the file system.
 */
export function resolveRequestPath(root: string, requestUrl: string): string | undefined {
  const rawPath = requestUrl.split(/[?#]/, 1)[0] ?? "";
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith("/") || decoded.includes("\0") || decoded.includes("\\"))
    return undefined;
  const segments = decoded.split("/");
  if (segments.some((segment) => segment === "..")) return undefined;
  const relative = path.posix.normalize(decoded).replace(/^\/+/, "");
  const resolved = path.resolve(root, relative === "" ? "index.html" : relative);
  return isInside(root, resolved) ? resolved : undefined;
}

function send(response: http.ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
  });
  response.end(text);
}

async function serve(
  root: string,
  request: http.IncomingMessage,
  response: http.ServerResponse
): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.setHeader("Allow", "GET, HEAD");
    send(response, 405, "method not allowed");
    return;
  }
  const target = resolveRequestPath(root, request.url ?? "/");
  if (!target) {
    send(response, 400, "bad path");
    return;
  }
  let real: string;
  let stat: fs.Stats;
  try {
    real = await fs.promises.realpath(target);
    stat = await fs.promises.stat(real);
  } catch {
    send(response, 404, "not found");
    return;
  }
  if (!isInside(root, real) || !stat.isFile()) {
    send(response, 404, "not found");
    return;
  }
  response.writeHead(200, {
    "Content-Type": mimeType(real),
    "Content-Length": stat.size,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  if (request.method === "HEAD") {
    response.end();
    return;
  }
  fs.createReadStream(real)
    .on("error", () => response.destroy())
    .pipe(response);
}

/** Serves `rootDir` on 127.0.0.1 at a free port (or `port`). */
export async function startStaticServer(rootDir: string, port = 0): Promise<StaticServer> {
  const root = await fs.promises.realpath(path.resolve(rootDir));
  const server = http.createServer((request, response) => {
    serve(root, request, response).catch(() => {
      if (!response.headersSent) send(response, 500, "internal error");
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    port: actualPort,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
