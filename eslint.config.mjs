// office-addin-lint's rules (eslint-plugin-office-addins: Office.js batching rules, Prettier), for our TypeScript.
// `npm run lint` checks src/; `npm run lint:fix` formats it.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**"] },
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    rules: {
      // TypeScript checks names and unused code itself (strict, noUnused*); these two misread types.
      "no-undef": "off",
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": "off",
      "no-new-func": "error",
      "no-implied-eval": "error",
    },
  },
];
