/**
 * The add-in manifest (manifest.xml) and its icons.
 *
 * Schema checks use xmllint and Microsoft's XSDs in ../shared/schemas/office-manifest. A fresh clone
 * without ../shared says "skipped: ../shared absent" and passes those tests without asserting; with
 * ../shared present, a missing xmllint is a failure (CI installs libxml2-utils).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const REPO = path.resolve(__dirname, "..", "..");
const MANIFEST = path.join(REPO, "manifest.xml");
const ASSETS = path.join(REPO, "assets");
const SCHEMA = path.resolve(
  REPO,
  "..",
  "shared",
  "schemas",
  "office-manifest",
  "OfficeAppManifestV1_1.xsd"
);
const ORIGIN = "https://localhost:3000";

const manifestText = fs.readFileSync(MANIFEST, "utf8");

// ---------------------------------------------------------------------------------------------
// xmllint

function schemaAvailable(testName: string): boolean {
  if (fs.existsSync(SCHEMA)) return true;
  // eslint-disable-next-line no-console
  console.log(
    `${testName}: skipped: ../shared absent (${SCHEMA} not found); CI runs it with ../shared beside the project`
  );
  return false;
}

function xmllint(file: string): { status: number | null; output: string } {
  const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      "xmllint is not installed but ../shared is present, so the manifest must be checked: " +
        "apt-get install -y libxml2-utils"
    );
  }
  const run = spawnSync("xmllint", ["--nonet", "--noout", "--schema", SCHEMA, file], {
    encoding: "utf8",
  });
  if (run.error) throw run.error;
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

let tmpDir: string;
beforeAll(() => {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-manifest-"));
});
afterAll(() => {
  fs.rmSync(tmpDir, { recursive: true, force: true });
});

function writeVariant(name: string, text: string): string {
  expect(text).not.toBe(manifestText); // the edit really happened
  const file = path.join(tmpDir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe("schema validation (xmllint, offline XSDs)", () => {
  test("manifest.xml validates against OfficeAppManifestV1_1.xsd", () => {
    if (!schemaAvailable("schema validation")) return;
    const { status, output } = xmllint(MANIFEST);
    expect(output).toContain("validates");
    expect(output).not.toContain("fails to validate");
    expect(status).toBe(0);
  });

  test("negative: an invalid Permissions value fails validation", () => {
    if (!schemaAvailable("negative schema test (Permissions)")) return;
    const bad = writeVariant(
      "bad-permissions.xml",
      manifestText.replace(
        "<Permissions>ReadWriteDocument</Permissions>",
        "<Permissions>Everything</Permissions>"
      )
    );
    const { status, output } = xmllint(bad);
    expect(status).not.toBe(0);
    expect(output).toContain("fails to validate");
    expect(output).toContain("Everything");
  });

  test("negative: a <Runtimes> element (newer than these schemas) fails validation", () => {
    if (!schemaAvailable("negative schema test (Runtimes)")) return;
    const bad = writeVariant(
      "bad-runtimes.xml",
      manifestText.replace(
        '<Host xsi:type="Workbook">',
        '<Host xsi:type="Workbook"><Runtimes><Runtime resid="Jixiao.Taskpane.Url" lifetime="long"/></Runtimes>'
      )
    );
    const { status, output } = xmllint(bad);
    expect(status).not.toBe(0);
    expect(output).toContain("fails to validate");
  });
});

// ---------------------------------------------------------------------------------------------
// A tiny XML walk (enough for the manifest: elements, attributes, text; no DTDs)

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

function decode(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function parseXml(xml: string): XmlNode {
  const body = xml.replace(/<\?[\s\S]*?\?>/g, "").replace(/<!--[\s\S]*?-->/g, "");
  const root: XmlNode = { name: "#document", attrs: {}, children: [], text: "" };
  const stack: XmlNode[] = [root];
  const token = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(body)) !== null) {
    const [, closing, name, attrText, selfClosing, text] = m;
    const top = stack[stack.length - 1];
    if (text !== undefined) {
      top.text += decode(text);
    } else if (closing) {
      if (top.name !== name) throw new Error(`XML: </${name}> closes <${top.name}>`);
      stack.pop();
    } else {
      const attrs: Record<string, string> = {};
      for (const a of attrText.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        attrs[a[1]] = decode(a[2] ?? a[3]);
      }
      const node: XmlNode = { name, attrs, children: [], text: "" };
      top.children.push(node);
      if (!selfClosing) stack.push(node);
    }
  }
  if (stack.length !== 1) throw new Error(`XML: <${stack[stack.length - 1].name}> is not closed`);
  if (body.replace(token, "").trim() !== "")
    throw new Error("XML: text the walker does not understand");
  return root.children[0];
}

function child(node: XmlNode, name: string): XmlNode {
  const found = node.children.filter((c) => c.name === name);
  if (found.length !== 1)
    throw new Error(`<${node.name}> has ${found.length} <${name}> children, expected 1`);
  return found[0];
}

function all(node: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  const visit = (n: XmlNode) => {
    for (const c of n.children) {
      if (c.name === name) out.push(c);
      visit(c);
    }
  };
  visit(node);
  return out;
}

function enUsOverride(node: XmlNode): string | undefined {
  return node.children.find((c) => /^(bt:)?Override$/.test(c.name) && c.attrs.Locale === "en-US")
    ?.attrs.Value;
}

/** Width and height read from the IHDR chunk of a PNG file. */
function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buf.subarray(0, 8).equals(signature) || buf.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function assetFile(url: string): string {
  expect(url.startsWith(`${ORIGIN}/assets/`)).toBe(true);
  return path.join(ASSETS, ...url.slice(`${ORIGIN}/assets/`.length).split("/"));
}

describe("manifest content", () => {
  const app = parseXml(manifestText);
  const overrides = child(app, "VersionOverrides");
  const resources = child(overrides, "Resources");
  const resource = (group: string, id: string): XmlNode => {
    const hit = child(resources, group).children.filter((c) => c.attrs.id === id);
    if (hit.length !== 1) throw new Error(`${group}: ${hit.length} resources with id ${id}`);
    return hit[0];
  };

  test("is a task-pane add-in for Excel with a GUID id, version 0.1.0.0 and ReadWriteDocument", () => {
    expect(app.name).toBe("OfficeApp");
    expect(app.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(app.attrs.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(child(app, "Id").text.trim()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
    expect(child(app, "Version").text.trim()).toBe("0.1.0.0");
    expect(child(app, "ProviderName").text.trim()).toBe("绩效评分助手团队");
    expect(child(child(app, "Hosts"), "Host").attrs.Name).toBe("Workbook");
    expect(child(app, "Permissions").text.trim()).toBe("ReadWriteDocument");
    expect(child(child(app, "DefaultSettings"), "SourceLocation").attrs.DefaultValue).toBe(
      `${ORIGIN}/taskpane.html`
    );
    expect(all(app, "Runtimes")).toHaveLength(0);
  });

  test("has a SupportUrl naming the bilingual help page shipped in assets/", () => {
    const file = assetFile(child(app, "SupportUrl").attrs.DefaultValue);
    const html = fs.readFileSync(file, "utf8");
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('lang="en-US"');
    // The help page promises what the add-in does with data; it must not load anything from elsewhere.
    expect(html).not.toMatch(/<script|https?:\/\//i);
  });

  test("requires ExcelApi 1.8 and nothing newer", () => {
    const sets = child(child(app, "Requirements"), "Sets").children.filter((c) => c.name === "Set");
    expect(sets.map((s) => s.attrs)).toEqual([{ Name: "ExcelApi", MinVersion: "1.8" }]);
  });

  test("defaults to zh-CN, with en-US overrides for the display name and description", () => {
    expect(child(app, "DefaultLocale").text.trim()).toBe("zh-CN");
    const displayName = child(app, "DisplayName");
    expect(displayName.attrs.DefaultValue).toBe("绩效评分助手");
    expect(enUsOverride(displayName)).toBe("Jixiao – performance scoring");
    expect(enUsOverride(child(app, "Description"))).toBeTruthy();
  });

  test("has a Home-tab button 绩效评分 / Score that shows the task pane", () => {
    expect(overrides.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
    const host = child(child(overrides, "Hosts"), "Host");
    expect(host.attrs["xsi:type"]).toBe("Workbook");
    const form = child(host, "DesktopFormFactor");
    const functionFile = resource("bt:Urls", child(form, "FunctionFile").attrs.resid);
    expect(functionFile.attrs.DefaultValue).toBe(`${ORIGIN}/commands.html`);
    const tab = child(child(form, "ExtensionPoint"), "OfficeTab");
    expect(tab.attrs.id).toBe("TabHome");
    const buttons = all(tab, "Control").filter((c) => c.attrs["xsi:type"] === "Button");
    expect(buttons).toHaveLength(1);
    const button = buttons[0];

    const label = resource("bt:ShortStrings", child(button, "Label").attrs.resid);
    expect(label.attrs.DefaultValue).toBe("绩效评分");
    expect(enUsOverride(label)).toBe("Score");

    const supertip = child(button, "Supertip");
    expect(
      resource("bt:ShortStrings", child(supertip, "Title").attrs.resid).attrs.DefaultValue
    ).toBeTruthy();
    expect(
      resource("bt:LongStrings", child(supertip, "Description").attrs.resid).attrs.DefaultValue
    ).toBeTruthy();

    const action = child(button, "Action");
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(
      resource("bt:Urls", child(action, "SourceLocation").attrs.resid).attrs.DefaultValue
    ).toBe(`${ORIGIN}/taskpane.html`);
  });

  test("every ribbon string has an en-US override", () => {
    const strings = [
      ...child(resources, "bt:ShortStrings").children,
      ...child(resources, "bt:LongStrings").children,
    ];
    expect(strings.length).toBeGreaterThan(0);
    for (const s of strings) {
      expect({ id: s.attrs.id, enUS: Boolean(enUsOverride(s)) }).toEqual({
        id: s.attrs.id,
        enUS: true,
      });
    }
  });

  test("every resid refers to a resource that exists", () => {
    const defined = [
      ...all(resources, "bt:Image"),
      ...all(resources, "bt:Url"),
      ...all(resources, "bt:String"),
    ];
    const ids = new Set(defined.map((n) => n.attrs.id));
    const refs: string[] = [];
    const visit = (n: XmlNode) => {
      if (n.attrs.resid !== undefined) refs.push(n.attrs.resid);
      n.children.forEach(visit);
    };
    visit(child(overrides, "Hosts"));
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((r) => !ids.has(r))).toEqual([]);
  });

  test("every URL is on https://localhost:3000 (namespace names aside)", () => {
    const urls: string[] = [];
    const visit = (n: XmlNode) => {
      for (const [k, v] of Object.entries(n.attrs)) {
        if (k !== "xmlns" && !k.startsWith("xmlns:") && /^[a-z][a-z0-9+.-]*:\/\//i.test(v))
          urls.push(v);
      }
      if (/:\/\//.test(n.text)) urls.push(n.text.trim());
      n.children.forEach(visit);
    };
    visit(app);
    expect(urls.length).toBeGreaterThanOrEqual(6);
    expect(urls.filter((u) => !u.startsWith(`${ORIGIN}/`))).toEqual([]);
  });

  test("every icon URL is a PNG in assets/ of the size it is used at", () => {
    const uses: { where: string; url: string; size: number }[] = [
      { where: "IconUrl", url: child(app, "IconUrl").attrs.DefaultValue, size: 32 },
      {
        where: "HighResolutionIconUrl",
        url: child(app, "HighResolutionIconUrl").attrs.DefaultValue,
        size: 64,
      },
    ];
    for (const image of all(child(overrides, "Hosts"), "bt:Image")) {
      const size = Number(image.attrs.size);
      const url = resource("bt:Images", image.attrs.resid).attrs.DefaultValue;
      uses.push({ where: `bt:Image ${image.attrs.resid}`, url, size });
    }
    expect(new Set(uses.map((u) => u.size))).toEqual(new Set([16, 32, 64, 80]));
    for (const use of uses) {
      const file = assetFile(use.url);
      expect({ where: use.where, exists: fs.existsSync(file) }).toEqual({
        where: use.where,
        exists: true,
      });
      expect({ where: use.where, ...pngSize(file) }).toEqual({
        where: use.where,
        width: use.size,
        height: use.size,
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The scripts

function runNode(script: string, args: string[] = []) {
  const run = spawnSync(process.execPath, [path.join(REPO, "scripts", script), ...args], {
    cwd: REPO,
    encoding: "utf8",
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe("scripts", () => {
  test("npm run validate (scripts/validate-manifest.js) passes on manifest.xml", () => {
    const { status, output } = runNode("validate-manifest.js");
    if (!fs.existsSync(SCHEMA)) {
      expect(output).toContain("skipped: ../shared absent");
    } else {
      expect(output).toContain("validates");
    }
    expect(status).toBe(0);
  });

  test("negative: validate-manifest.js fails on a URL off localhost and on a wrongly sized icon", () => {
    const bad = writeVariant(
      "bad-urls.xml",
      manifestText
        .replace(`${ORIGIN}/commands.html`, "https://example.com/commands.html")
        .replace(
          '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>',
          '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-80.png"/>'
        )
    );
    const { status, output } = runNode("validate-manifest.js", [bad]);
    expect(status).toBe(1);
    expect(output).toContain(
      "URL not on https://localhost:3000: https://example.com/commands.html"
    );
    expect(output).toContain("HighResolutionIconUrl: assets/icon-80.png is 80x80, used at 64x64");
  });

  test("the committed icons are exactly what scripts/make-icons.js draws", () => {
    const { status, output } = runNode("make-icons.js", ["--check"]);
    expect(output).not.toContain("DIFFERS");
    expect(status).toBe(0);
  });
});
