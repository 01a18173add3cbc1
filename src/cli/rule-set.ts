import { promises as fs } from "fs";
import { getPreset, loadRuleSet, type RuleSet } from "../engine";

/** A preset name, or a JSON file validated on load; errors name the file and the key. */
export async function resolveRuleSet(
  nameOrFile: string
): Promise<{ ok: true; ruleSet: RuleSet } | { ok: false; errors: string[] }> {
  const preset = getPreset(nameOrFile);
  if (preset) return { ok: true, ruleSet: preset };
  if (!nameOrFile.toLowerCase().endsWith(".json"))
    return { ok: false, errors: [`${nameOrFile}: not a preset name nor a .json file`] };
  let text: string;
  try {
    text = await fs.readFile(nameOrFile, "utf8");
  } catch {
    return { ok: false, errors: [`${nameOrFile}: cannot be read`] };
  }
  if (text.length > 1_000_000) return { ok: false, errors: [`${nameOrFile}: larger than 1 MB`] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`${nameOrFile}: not valid JSON (${(e as Error).message})`] };
  }
  return loadRuleSet(json, nameOrFile);
}
