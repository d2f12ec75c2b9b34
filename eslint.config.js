import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['evidence', 'dashboard', 'coverage', 'units', 'setup', 'export', 'settings'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench-out/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Text is always shown as text.' },
      ],
      // GUIDE §7: dependencies point one way, from the outside in.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: ['./src/catalogue', './src/domain'],
              from: ['./src/db', './src/features', './src/ui', './src/app', './src/pdf'],
              message: 'catalogue/ and domain/ stay pure: no db, UI or PDF code.',
            },
            { target: './src/db', from: ['./src/features', './src/ui', './src/app', './src/pdf'], message: 'db/ depends only on domain/ and catalogue/.' },
            { target: './src/pdf', from: ['./src/db', './src/features', './src/ui', './src/app'], message: 'pdf/ renders a snapshot; it never reads the database or the UI.' },
            { target: './src/ui', from: ['./src/db', './src/features', './src/app'], message: 'ui/ holds small shared components only.' },
            { target: './src/features', from: ['./src/app'], message: 'Features do not import the app shell.' },
            ...features.map((f) => ({
              target: `./src/features/${f}`,
              from: './src/features',
              except: [`./${f}`],
              message: 'A feature never reaches into another feature; move what they share to domain/ or ui/.',
            })),
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-dom/*', 'dexie', 'dexie-react-hooks', 'react-router', 'jspdf', 'jspdf-autotable'],
              message: 'Not here: see the file-specific rule.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only the pure layers are barred from frameworks; everything else may import them.
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}', 'scripts/**/*.ts', '*.ts', '*.js'],
    ignores: ['src/catalogue/**', 'src/domain/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/domain/**', 'src/catalogue/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-dom/*', 'dexie', 'dexie-react-hooks', 'react-router', 'jspdf', 'jspdf-autotable'],
              message: 'domain/ and catalogue/ are pure TypeScript: no React, Dexie, router or jsPDF.',
            },
          ],
        },
      ],
    },
  },
);
