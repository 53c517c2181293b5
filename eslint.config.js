// ESLint (flat config): recommended JS rules, typescript-eslint's type-checked rules for .ts, the Astro plugin for
// .astro, and eslint-config-prettier last so formatting is Prettier's alone. Run with `npm run lint`.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'data/', 'test-results/', 'playwright-report/', 'handouts-out/', 'public/'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  ...astro.configs['flat/recommended'],
  { files: ['**/*.mjs', '**/*.js', 'scripts/**', 'tests/**', 'astro.config.mjs'], languageOptions: { globals: globals.node } },
  { files: ['src/client/**'], languageOptions: { globals: globals.browser } },
  prettier,
);
