// ESLint: TypeScript's recommended rules, React hooks, and the Office add-in habits for src/.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/", "deploy/", "lib/", "node_modules/", "coverage/", "out/", "bench/results.json"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // A function a reader takes in at once: none in what ships is longer (issue 29).
    files: ["src/**/*.{ts,tsx}"],
    rules: { "max-lines-per-function": ["error", { max: 80, IIFEs: true }] },
  },
  {
    // What reads every cell of a sheet: a regular expression written in a function is a new object
    // each time the function runs (56 bytes for the garbage collector per cell), so its patterns
    // are constants of the module (issue 33).
    files: [
      "src/core/parse/{cells,numbers,answers,dates,amounts,quantity,levels}.ts",
      "src/core/templates/common.ts",
      "src/core/sheet/table.ts",
    ],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: ":function Literal[regex]",
          message: "A pattern written in a function is a new RegExp at every call: make it a constant of the module.",
        },
      ],
    },
  },
  {
    // Only the code that talks to Office.js; exceljs has properties with the same names.
    files: ["src/excel/**/*.ts", "src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The pane's first script runs in the oldest webviews Office has: ES5 and the browser's globals only.
    files: ["src/taskpane/support.js"],
    languageOptions: { ecmaVersion: 5, sourceType: "script", globals: { ...globals.browser } },
  },
  {
    // The browser test's page.evaluate callbacks run in the page.
    files: ["tests/browser/*.js"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
