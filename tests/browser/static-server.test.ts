// The static server used by the browser test and the web benchmark: MIME types, no way out of the root.
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import { mimeType, resolveRequestPath, startStaticServer, type StaticServer } from "../../src/bench/static-server";

interface Reply {
  readonly status: number;
  readonly type: string | undefined;
  readonly body: string;
}

function get(base: string, rawPath: string, method = "GET"): Promise<Reply> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    // A raw path, so that `..` and encoded slashes reach the server unnormalised.
    const request = http.request({ host: url.hostname, port: url.port, path: rawPath, method }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          type: response.headers["content-type"],
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
    });
    request.on("error", reject);
    request.end();
  });
}

describe("static server", () => {
  let base: string;
  let root: string;
  let server: StaticServer;

  beforeAll(async () => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-static-"));
    root = path.join(base, "web");
    fs.mkdirSync(path.join(root, "assets"), { recursive: true });
    fs.writeFileSync(path.join(root, "index.html"), "<p>index</p>");
    fs.writeFileSync(path.join(root, "taskpane.html"), "<p>任务窗格</p>");
    fs.writeFileSync(path.join(root, "app.js"), "console.log(1)");
    fs.writeFileSync(path.join(root, "assets", "icon 32.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    fs.writeFileSync(path.join(base, "secret.txt"), "secret");
    fs.symlinkSync(path.join(base, "secret.txt"), path.join(root, "link.txt"));
    server = await startStaticServer(root);
  });

  afterAll(async () => {
    await server.close();
    fs.rmSync(base, { recursive: true, force: true });
  });

  test("listens on 127.0.0.1 at a free port", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.port).toBeGreaterThan(0);
  });

  test("serves files with their MIME types", async () => {
    expect(await get(server.url, "/taskpane.html")).toEqual({
      status: 200,
      type: "text/html; charset=utf-8",
      body: "<p>任务窗格</p>",
    });
    expect((await get(server.url, "/app.js?v=1")).type).toBe("text/javascript; charset=utf-8");
    expect((await get(server.url, "/assets/icon%2032.png")).type).toBe("image/png");
    expect((await get(server.url, "/")).body).toBe("<p>index</p>");
    expect(await get(server.url, "/app.js", "HEAD")).toMatchObject({ status: 200, body: "" });
    expect(mimeType("x.woff2")).toBe("font/woff2");
    expect(mimeType("x.unknown")).toBe("application/octet-stream");
  });

  test("refuses to leave the root", async () => {
    for (const attempt of ["/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/..%5csecret.txt", "/%00"]) {
      const reply = await get(server.url, attempt);
      expect({ attempt, status: reply.status }).toEqual({ attempt, status: 400 });
      expect(reply.body).not.toContain("secret");
    }
    expect((await get(server.url, "/link.txt")).status).toBe(404);
  });

  test("lists no directories and answers only GET and HEAD", async () => {
    expect((await get(server.url, "/assets")).status).toBe(404);
    expect((await get(server.url, "/missing.js")).status).toBe(404);
    expect((await get(server.url, "/app.js", "POST")).status).toBe(405);
  });

  test("resolveRequestPath keeps to the root", () => {
    expect(resolveRequestPath("/srv/web", "/a/b.js")).toBe(path.resolve("/srv/web/a/b.js"));
    expect(resolveRequestPath("/srv/web", "/a/./b.js")).toBe(path.resolve("/srv/web/a/b.js"));
    expect(resolveRequestPath("/srv/web", "/%E0%A4%A")).toBeUndefined();
    expect(resolveRequestPath("/srv/web", "relative")).toBeUndefined();
  });
});
