#!/usr/bin/env node
// Writes src/engine/ruleset/ruleset.schema.json from the rule kinds' declarations (src/engine/ruleset/schema.ts).
// Run through `npm run schema`, which compiles the engine first; tests/engine/ruleset-schema.test.ts fails
// while the committed file differs from what this writes.
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const { ruleSetSchemaText } = require(
  path.join(root, "dist", "node", "engine", "ruleset", "schema.js")
);
const file = path.join(root, "src", "engine", "ruleset", "ruleset.schema.json");
const text = ruleSetSchemaText();
const before = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
if (before === text) {
  process.stdout.write(`${path.relative(root, file)}: unchanged / 未变\n`);
} else {
  fs.writeFileSync(file, text);
  process.stdout.write(`${path.relative(root, file)}: written / 已写入\n`);
}
