import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * GUIDE §7: dependencies point one way, from the outside in. ESLint's own no-restricted-imports
 * enforces it per folder (a later block replaces an earlier one's list, so each folder lists all it bars).
 */
const features = ['coverage', 'dashboard', 'evidence', 'export', 'settings', 'setup', 'units'];

const frameworks = {
  group: ['react', 'react-dom', 'react-dom/*', 'react/*', 'dexie', 'dexie-react-hooks', 'react-router', 'react-hook-form', 'jspdf', 'jspdf-autotable'],
  message: 'domain/ and catalogue/ are pure TypeScript: no React, Dexie, router or jsPDF.',
};
const layer = (names, message) => ({ group: names.flatMap((n) => [`**/${n}`, `**/${n}/**`]), message });

const boundaries = [
  {
    files: ['src/catalogue/**', 'src/domain/**'],
    patterns: [frameworks, layer(['db', 'features', 'ui', 'app', 'pdf'], 'catalogue/ and domain/ stay pure: no db, UI or PDF code.')],
  },
  {
    files: ['src/db/**'],
    patterns: [
      { group: ['react-dom', 'react-router', 'jspdf', 'jspdf-autotable'], message: 'db/ holds storage only.' },
      layer(['features', 'ui', 'app', 'pdf'], 'db/ depends only on domain/ and catalogue/.'),
    ],
  },
  {
    files: ['src/pdf/**'],
    patterns: [
      { group: ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'react-router'], message: 'pdf/ renders a snapshot: no React or Dexie.' },
      layer(['db', 'features', 'ui', 'app'], 'pdf/ renders a snapshot; it never reads the database or the UI.'),
    ],
  },
  {
    // The model decides every word of the PDF as plain data; only pdf/render/ knows jsPDF.
    files: ['src/pdf/model/**'],
    patterns: [
      { group: [...frameworks.group], message: 'pdf/model/ is plain data: no jsPDF, React or Dexie (drawing belongs in pdf/render/).' },
      layer(['db', 'features', 'ui', 'app', 'render'], 'pdf/model/ builds the document; only pdf/render/ draws it.'),
    ],
  },
  {
    files: ['src/ui/**'],
    patterns: [
      { group: ['dexie', 'dexie-react-hooks', 'jspdf', 'jspdf-autotable'], message: 'ui/ holds small shared components only.' },
      layer(['db', 'features', 'app'], 'ui/ holds small shared components only.'),
    ],
  },
  ...features.map((f) => ({
    files: [`src/features/${f}/**`],
    patterns: [
      { group: ['dexie', 'dexie-react-hooks', 'jspdf', 'jspdf-autotable'], message: 'Features reach IndexedDB through db/ and jsPDF through pdf/.' },
      layer(['app'], 'Features do not import the app shell.'),
      {
        group: features.filter((g) => g !== f).flatMap((g) => [`../${g}`, `../${g}/**`, `**/features/${g}`, `**/features/${g}/**`]),
        message: 'A feature never reaches into another feature; move what they share to domain/ or ui/.',
      },
    ],
  })),
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench-out/**', '.scratch*/**', '.e2e-artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Text is always shown as text.' },
        { selector: "CallExpression[callee.name='eval']", message: 'Nothing from a user or a file is ever executed.' },
      ],
    },
  },
  ...boundaries.map(({ files, patterns }) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } })),
);
