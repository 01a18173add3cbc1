/**
 * The README's first command must work on a fresh machine with no system package and no compiler: nothing in the
 * lock file may run an install script (that is how native modules such as keytar get built), and every npm script
 * must find its tool either in node_modules/.bin or through an npx call pinned to an exact version.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  engines: { node: string };
};
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
  packages: Record<string, { version?: string; hasInstallScript?: boolean }>;
};

/** Each command of a script: the words of every `&&`-separated part. */
function commands(script: string): string[][] {
  return script.split("&&").map((part) => part.trim().split(/\s+/));
}

/** The packages an `npx --yes -p a@1.2.3 -p b@4.5.6 -- tool …` call installs, or null if it is not one. */
function npxPackages(words: string[]): string[] | null {
  if (words[0] !== "npx") return null;
  const packages: string[] = [];
  for (let i = 1; i < words.length; i++) {
    if (words[i] === "-p") packages.push(words[++i]);
    else if (words[i] === "--") break;
  }
  return packages;
}

describe("fresh-machine install", () => {
  test("no package in the lock file runs an install script, and keytar is not in it", () => {
    const scripted = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([name]) => name);
    expect(scripted).toEqual([]);
    expect(Object.keys(lock.packages).filter((name) => /(^|\/)keytar$/.test(name))).toEqual([]);
  });

  test("peer dependencies are not installed automatically (.npmrc)", () => {
    const npmrc = fs.readFileSync(path.join(ROOT, ".npmrc"), "utf8");
    expect(npmrc).toMatch(/^legacy-peer-deps=true$/m);
    // With peers off, Fluent UI's peer on scheduler must be met directly or webpack cannot resolve it.
    expect(pkg.dependencies.scheduler).toMatch(/^\d+\.\d+\.\d+$/);
    expect(fs.existsSync(path.join(ROOT, "node_modules", "scheduler", "package.json"))).toBe(true);
  });

  test("requires a Node.js that is still maintained", () => {
    expect(pkg.engines.node).toBe(">=20");
  });

  test.each(Object.entries(pkg.scripts))("npm run %s finds its tools", (_name, script) => {
    for (const words of commands(script)) {
      const tool = words[0];
      if (tool === "npm") {
        expect(words[1]).toBe("run");
        expect(pkg.scripts[words[2]]).toBeDefined();
        continue;
      }
      if (tool === "node") {
        const file = words[1];
        // Built files come from the script's own earlier build step; sources must exist now.
        if (!file.startsWith("dist/")) expect(fs.existsSync(path.join(ROOT, file))).toBe(true);
        continue;
      }
      const pinned = npxPackages(words);
      if (pinned) {
        expect(pinned.length).toBeGreaterThan(0);
        for (const spec of pinned) expect(spec).toMatch(/^(@[\w.-]+\/)?[\w.-]+@\d+\.\d+\.\d+$/);
        continue;
      }
      expect(fs.existsSync(path.join(ROOT, "node_modules", ".bin", tool))).toBe(true);
    }
  });

  test("every package the ESLint config imports is a declared devDependency", () => {
    const config = fs.readFileSync(path.join(ROOT, "eslint.config.mjs"), "utf8");
    const imported = [...config.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    expect(imported).toEqual(["eslint-plugin-office-addins", "@typescript-eslint/parser"]);
    for (const name of imported) expect(pkg.devDependencies[name]).toMatch(/^\d+\.\d+\.\d+$/);
    expect(config).toContain("officeAddins.configs.react");
  });

  test("npm start and npm stop run office-addin-debugging, pinned, with the semver it needs", () => {
    for (const name of ["start", "stop"]) {
      const [words] = commands(pkg.scripts[name]);
      expect(npxPackages(words)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^office-addin-debugging@7\.0\.0$/)])
      );
      // office-addin-dev-settings requires semver without declaring it.
      expect(npxPackages(words)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^semver@\d+\.\d+\.\d+$/)])
      );
      expect(words.slice(words.indexOf("--") + 1)).toEqual([
        "office-addin-debugging",
        name,
        "manifest.xml",
      ]);
    }
  });
});
