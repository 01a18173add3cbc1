#!/usr/bin/env node
/*
 * npm run validate  ->  node scripts/validate-manifest.js [path/to/manifest.xml]
 *
 * Offline checks of the add-in manifest (default: manifest.xml at the repository root):
 *
 * 1. Schema: xmllint --nonet --noout --schema ../shared/schemas/office-manifest/OfficeAppManifestV1_1.xsd
 *    (Microsoft's last published XSDs, kept beside the project; see their README). `office-addin-manifest
 *    validate` would need the network, so it is not used here.
 *    - ../shared absent (a fresh clone elsewhere): says the schema check is skipped and carries on.
 *    - ../shared present but no xmllint: fails, saying how to install it (libxml2-utils).
 * 2. URLs: every URL in the manifest (namespace names and comments aside) is on https://localhost:3000.
 * 3. Icons: every https://localhost:3000/assets/... URL names a file in assets/, and each icon PNG has
 *    the size it is used at (IconUrl 32, HighResolutionIconUrl 64, ribbon images their `size`).
 *
 * Exit status: 0 all checks passed (schema check possibly skipped, with a notice); 1 a check failed;
 * 2 the schema check could not run because xmllint is missing.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const REPO = path.resolve(__dirname, "..");
const SHARED = path.resolve(REPO, "..", "shared");
const SCHEMA = path.join(SHARED, "schemas", "office-manifest", "OfficeAppManifestV1_1.xsd");
const ASSETS = path.join(REPO, "assets");
const ORIGIN = "https://localhost:3000";

function hasXmllint() {
  const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  return !probe.error && probe.status === 0;
}

/** Runs xmllint; returns its exit status and combined output ("... validates" / "... fails to validate"). */
function runXmllint(manifestPath, schemaPath = SCHEMA) {
  const run = spawnSync("xmllint", ["--nonet", "--noout", "--schema", schemaPath, manifestPath], {
    encoding: "utf8",
  });
  if (run.error) throw run.error;
  return { status: run.status, output: `${run.stdout || ""}${run.stderr || ""}`.trim() };
}

/** The manifest text without comments and without namespace declarations (names, not URLs). */
function urlBearingText(xml) {
  return xml
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/\sxmlns(:[\w.-]+)?\s*=\s*("[^"]*"|'[^']*')/g, "");
}

function decodeEntities(s) {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Every URL in the manifest (attribute values and element text), in document order. */
function manifestUrls(xml) {
  const found = urlBearingText(xml).match(/[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi) || [];
  return found.map(decodeEntities);
}

function checkUrls(xml) {
  const problems = [];
  for (const url of manifestUrls(xml)) {
    if (url !== ORIGIN && !url.startsWith(`${ORIGIN}/`))
      problems.push(`URL not on ${ORIGIN}: ${url}`);
  }
  return problems;
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(buf) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buf.length < 24 || !buf.subarray(0, 8).equals(signature)) return null;
  if (buf.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function attr(tag, name) {
  const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`));
  return m ? decodeEntities(m[1]) : undefined;
}

/**
 * Icon URLs and the pixel size each is used at: IconUrl 32, HighResolutionIconUrl 64, and for
 * VersionOverrides images, the `size` of every <bt:Image size=".." resid=".."> that refers to them.
 */
function iconUses(xml) {
  const text = xml.replace(/<!--[\s\S]*?-->/g, "");
  const uses = [];
  for (const [element, size] of [
    ["IconUrl", 32],
    ["HighResolutionIconUrl", 64],
  ]) {
    const m = text.match(new RegExp(`<${element}\\b[^>]*>`));
    if (m) uses.push({ where: element, url: attr(m[0], "DefaultValue"), size });
  }
  const resources = new Map();
  for (const tag of text.match(/<bt:Image\b[^>]*>/g) || []) {
    const id = attr(tag, "id");
    if (id !== undefined) resources.set(id, attr(tag, "DefaultValue"));
  }
  for (const tag of text.match(/<bt:Image\b[^>]*>/g) || []) {
    const resid = attr(tag, "resid");
    if (resid === undefined) continue;
    const size = Number(attr(tag, "size"));
    uses.push({ where: `bt:Image size=${size} resid=${resid}`, url: resources.get(resid), size });
  }
  return uses;
}

function checkAssets(xml, assetsDir = ASSETS) {
  const problems = [];
  const prefix = `${ORIGIN}/assets/`;
  for (const url of manifestUrls(xml)) {
    if (!url.startsWith(prefix)) continue;
    const file = path.join(assetsDir, ...url.slice(prefix.length).split(/[?#]/)[0].split("/"));
    if (!fs.existsSync(file)) problems.push(`${url}: no such file ${path.relative(REPO, file)}`);
  }
  for (const use of iconUses(xml)) {
    if (!use.url) {
      problems.push(`${use.where}: no image URL (missing resource?)`);
      continue;
    }
    if (!use.url.startsWith(prefix)) {
      problems.push(`${use.where}: icon is not under ${prefix}: ${use.url}`);
      continue;
    }
    const file = path.join(assetsDir, ...use.url.slice(prefix.length).split("/"));
    if (!fs.existsSync(file)) continue; // reported above
    const size = pngSize(fs.readFileSync(file));
    if (!size) problems.push(`${use.where}: ${path.relative(REPO, file)} is not a PNG`);
    else if (size.width !== use.size || size.height !== use.size) {
      problems.push(
        `${use.where}: ${path.relative(REPO, file)} is ${size.width}x${size.height}, used at ${use.size}x${use.size}`
      );
    }
  }
  return problems;
}

function main(argv) {
  const manifest = path.resolve(argv[2] || path.join(REPO, "manifest.xml"));
  const shown = path.relative(process.cwd(), manifest) || manifest;
  if (!fs.existsSync(manifest)) {
    console.error(`validate-manifest: ${shown} does not exist`);
    return 1;
  }
  let failed = false;
  let exitCode = 0;

  // 1. schema
  if (!fs.existsSync(SCHEMA)) {
    console.log(
      `validate-manifest: NOTICE schema check skipped: ../shared absent (${SCHEMA} not found). ` +
        "It runs where ../shared sits beside the project, as in CI."
    );
  } else if (!hasXmllint()) {
    console.error(
      "validate-manifest: cannot check the schema: xmllint is not installed. " +
        "Install it with: apt-get install -y libxml2-utils"
    );
    exitCode = 2;
  } else {
    const { status, output } = runXmllint(manifest);
    if (status === 0) console.log(`schema: ${output || `${shown} validates`}`);
    else {
      console.error(`schema: xmllint exit ${status}\n${output}`);
      failed = true;
    }
  }

  // 2 and 3. URLs and icons
  const xml = fs.readFileSync(manifest, "utf8");
  const urlProblems = checkUrls(xml);
  const assetProblems = [...new Set(checkAssets(xml))];
  for (const p of [...urlProblems, ...assetProblems]) console.error(`manifest: ${p}`);
  if (urlProblems.length === 0)
    console.log(`urls: all ${manifestUrls(xml).length} URLs are on ${ORIGIN}`);
  if (assetProblems.length === 0) {
    console.log(`icons: all ${iconUses(xml).length} icon uses match a PNG of that size in assets/`);
  }
  if (urlProblems.length || assetProblems.length) failed = true;

  if (failed) return 1;
  return exitCode;
}

if (require.main === module) process.exitCode = main(process.argv);

module.exports = {
  SCHEMA,
  SHARED,
  hasXmllint,
  runXmllint,
  manifestUrls,
  checkUrls,
  checkAssets,
  iconUses,
  pngSize,
};
