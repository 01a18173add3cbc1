#!/usr/bin/env node
"use strict";
const path = require("path");
const fs = require("fs");
const main = path.join(__dirname, "..", "dist", "node", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write("jixiao: not built yet — run `npm run build` first.\njixiao：尚未构建，请先运行 `npm run build`。\n");
  process.exit(2);
}
require(main)
  .main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((err) => {
    process.stderr.write(`jixiao: internal error (a bug): ${err && err.stack ? err.stack : err}\n`);
    process.exit(70);
  });
