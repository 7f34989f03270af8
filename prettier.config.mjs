// Prettier settings, chosen to match the tree as it was written (the smallest reformat of the widths tried):
// single quotes, semicolons, trailing commas, always-parenthesised arrow parameters, and no spaces inside braces,
// which settles the two import styles (`import {html} from 'lit'` in src/, tests/ and data/pipeline/;
// `import { join } from 'node:path'` in scripts/) on the first. Lines run to 160 columns: the code breaks long
// lines by meaning, not at 80. Lit's html`` and css`` templates are left as written (embedded formatting off):
// whitespace inside a template can be visible text. `npm run format` writes, `npm run format:check` checks
// (a step of `npm test`); .prettierignore lists the generated and data files.
export default {
  printWidth: 160,
  singleQuote: true,
  bracketSpacing: false,
  trailingComma: 'all',
  arrowParens: 'always',
  embeddedLanguageFormatting: 'off',
};
