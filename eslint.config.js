// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** JSX props whose string is read by people (or screen readers). */
const TEXT_PROPS = '/^(aria-label|title|placeholder|alt|label)$/';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'web/dist', 'data', 'coverage', '*.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Every text a person reads comes from the catalogs (web/src/i18n/da.json and en.json), never from the markup.
    files: ['web/src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/[A-Za-zÆØÅæøå]/]',
          message: 'User-facing text belongs in web/src/i18n/da.json and en.json; use t("…").',
        },
        {
          selector: `JSXAttribute[name.name=${TEXT_PROPS}] > Literal`,
          message: 'User-facing text belongs in web/src/i18n/da.json and en.json; use t("…").',
        },
        {
          selector: `JSXAttribute[name.name=${TEXT_PROPS}] > JSXExpressionContainer > Literal[value=/[A-Za-zÆØÅæøå]/]`,
          message: 'User-facing text belongs in web/src/i18n/da.json and en.json; use t("…").',
        },
        {
          selector: `JSXAttribute[name.name=${TEXT_PROPS}] > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/[A-Za-zÆØÅæøå]/]`,
          message: 'User-facing text belongs in web/src/i18n/da.json and en.json; use t("…").',
        },
      ],
    },
  },
  {
    files: ['bin/*.mjs', 'src/**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
