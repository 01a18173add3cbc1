// office-addin-lint's rules for our TypeScript and TSX: the office-addins React config (its React rules, the
// Office.js batching rules and Prettier), read through the TypeScript parser declared in devDependencies.
// `npm run lint` checks src/; `npm run lint:fix` formats it.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const OFFICE_RULES = [
  "office-addins/call-sync-after-load",
  "office-addins/call-sync-before-read",
  "office-addins/load-object-before-read",
  "office-addins/no-context-sync-in-loop",
  "office-addins/no-empty-load",
  "office-addins/no-navigational-load",
  "office-addins/test-for-null-using-isNullObject",
];

// The shared config names TypeScript files by extension and leaves .tsx out; our pane is .tsx.
const withTsx = (config) =>
  config.files ? { ...config, files: [...config.files, "**/*.tsx"] } : config;

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**"] },
  ...officeAddins.configs.react.map(withTsx),
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    settings: { react: { version: "18.3" } },
    rules: {
      // TypeScript checks names and unused code itself (strict, noUnused*); these misread types.
      "no-undef": "off",
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": "off",
      // NUL is our separator in composite map keys and in the text normaliser, on purpose.
      "no-control-regex": "off",
      "no-new-func": "error",
      "no-implied-eval": "error",
      // The automatic JSX runtime (tsconfig "jsx": "react-jsx") needs no React in scope; props are typed.
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
      "react/prop-types": "off",
    },
  },
  {
    // The Office.js batching rules read `.load()`/`.sync()` patterns; elsewhere (ExcelJS, the engine) they misfire.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/workbook/excel/**", "src/taskpane/**", "src/commands/**"],
    rules: Object.fromEntries(OFFICE_RULES.map((r) => [r, "off"])),
  },
];
