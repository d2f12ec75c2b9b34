import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * GUIDE §7: dependencies point one way, from the outside in. ESLint's own no-restricted-imports
 * enforces it per folder (a later block replaces an earlier one's list, so each folder lists all it bars).
 *
 *   catalogue/  imports nothing of ours          domain/   catalogue/
 *   platform/   domain/ (the clock, ids, frames)  db/       platform/, domain/, catalogue/
 *   samples/    domain/, catalogue/
 *   pdf/        domain/, catalogue/              ui/       domain/, catalogue/
 *   features/   db/, pdf/, ui/, domain/, catalogue/ (never another feature)
 *   app/        everything but cli/ and samples/  cli/      domain/, catalogue/, pdf/, samples/
 *
 * Only cli/, tests and the home page's demo button (setup/, through import()) reach samples/.
 */
const features = ['assess', 'cohort', 'cohort-load', 'coverage', 'cycles', 'dashboard', 'evidence', 'export', 'iqa', 'settings', 'setup', 'units', 'you'];

const frameworks = {
  group: ['react', 'react-dom', 'react-dom/*', 'react/*', 'dexie', 'dexie-react-hooks', 'react-router', 'react-hook-form', 'jspdf', 'jspdf-autotable'],
  message: 'domain/, catalogue/ and samples/ are pure TypeScript: no React, Dexie, router or jsPDF.',
};
const layer = (names, message) => ({ group: names.flatMap((n) => [`**/${n}`, `**/${n}/**`]), message });
const noSamples = layer(['samples'], 'samples/ (the demo, the generator, the image encoders) is for cli/ and tests; the demo button loads it with import().');
const noCli = layer(['cli'], 'cli/ runs in Node and sits outside the app: nothing imports it.');

/*
 * A feature reaches another through `../name` from its top folder, `../../name` one folder down, and so on;
 * one block per depth, so that a sub-folder of a feature named like another feature is not caught. The last
 * block takes every deeper file and bars each longer climb.
 */
const deepest = 3;
const featureBoundaries = features.flatMap((f) =>
  Array.from({ length: deepest + 1 }, (_, depth) => {
    const ups = depth < deepest ? [depth + 1] : [4, 5, 6, 7, 8];
    const others = features.filter((g) => g !== f);
    return {
      files: [`src/features/${f}/${'*/'.repeat(depth)}${depth < deepest ? '*' : '**'}`],
      patterns: [
        { group: ['dexie', 'dexie-react-hooks', 'jspdf', 'jspdf-autotable'], message: 'Features reach IndexedDB through db/ and jsPDF through pdf/.' },
        layer(['app'], 'Features do not import the app shell.'),
        noCli,
        noSamples,
        {
          group: others.flatMap((g) => [...ups.flatMap((n) => [`${'../'.repeat(n)}${g}`, `${'../'.repeat(n)}${g}/**`]), `**/features/${g}`, `**/features/${g}/**`]),
          message: 'A feature never reaches into another feature; move what they share to domain/ or ui/.',
        },
      ],
    };
  }),
);

const boundaries = [
  {
    files: ['src/catalogue/**'],
    patterns: [frameworks, layer(['domain', 'samples', 'platform', 'db', 'features', 'ui', 'app', 'pdf', 'cli'], 'catalogue/ is the qualification as data: it imports nothing of the app, not even domain/.')],
  },
  {
    files: ['src/domain/**'],
    patterns: [frameworks, noSamples, noCli, layer(['db', 'features', 'ui', 'app', 'pdf'], 'domain/ stays pure: no db, UI or PDF code.'), layer(['platform'], 'domain/ reads no clock: pass `now` in.')],
  },
  {
    // What the runtime provides (the clock, new ids, the next frame): below db/, so it imports none of the app.
    files: ['src/platform/**'],
    patterns: [frameworks, noSamples, noCli, layer(['db', 'features', 'ui', 'app', 'pdf'], 'platform/ sits below db/ and the screens: it imports only domain/.')],
  },
  {
    files: ['src/samples/**'],
    patterns: [frameworks, noCli, layer(['db', 'features', 'ui', 'app', 'pdf', 'platform'], 'samples/ builds portfolios from domain/ and catalogue/ only.')],
  },
  {
    files: ['src/db/**'],
    patterns: [
      { group: ['react-dom', 'react-router', 'jspdf', 'jspdf-autotable'], message: 'db/ holds storage only.' },
      noSamples,
      noCli,
      layer(['features', 'ui', 'app', 'pdf'], 'db/ depends only on domain/ and catalogue/.'),
    ],
  },
  {
    files: ['src/pdf/**'],
    patterns: [
      { group: ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'react-router'], message: 'pdf/ renders a snapshot: no React or Dexie.' },
      noSamples,
      noCli,
      layer(['db', 'features', 'ui', 'app'], 'pdf/ renders a snapshot; it never reads the database or the UI.'),
    ],
  },
  {
    // The model decides every word of the PDF as plain data; only pdf/render/ knows jsPDF.
    files: ['src/pdf/model/**'],
    patterns: [
      { group: [...frameworks.group], message: 'pdf/model/ is plain data: no jsPDF, React or Dexie (drawing belongs in pdf/render/).' },
      noSamples,
      noCli,
      layer(['db', 'features', 'ui', 'app', 'render'], 'pdf/model/ builds the document; only pdf/render/ draws it.'),
    ],
  },
  {
    files: ['src/ui/**'],
    patterns: [
      { group: ['dexie', 'dexie-react-hooks', 'jspdf', 'jspdf-autotable'], message: 'ui/ holds small shared components only.' },
      layer(['pdf'], 'ui/ never imports pdf/: it would pull jsPDF into the start-up bundle (features load it lazily).'),
      noSamples,
      noCli,
      layer(['db', 'features', 'app'], 'ui/ holds small shared components only.'),
    ],
  },
  ...featureBoundaries,
  {
    files: ['src/app/**', 'src/main.tsx'],
    patterns: [noSamples, noCli],
  },
  {
    files: ['src/cli/**'],
    patterns: [
      { group: ['react', 'react-dom', 'react-dom/*', 'react/*', 'dexie', 'dexie-react-hooks', 'react-router', 'react-hook-form'], message: 'cli/ runs in Node: no React and no IndexedDB.' },
      layer(['db', 'features', 'ui', 'app'], 'cli/ runs in Node on domain/, catalogue/, pdf/ and samples/ only.'),
    ],
  },
];

// Text is always shown as text and nothing is executed (every file).
const safety = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Text is always shown as text.' },
  { selector: "CallExpression[callee.name='eval']", message: 'Nothing from a user or a file is ever executed.' },
];
// no-restricted-imports does not see import(): outside cli/ and the demo button's setup/, samples/ stays out of the app.
const noDynamicSamples = {
  selector: 'ImportExpression[source.value=/(^|\\/)samples(\\/|$)/]',
  message: 'samples/ loads only on the demo button (features/setup/), never elsewhere in the app.',
};

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
      'no-restricted-syntax': ['error', ...safety],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/cli/**', 'src/samples/**', 'src/features/setup/**'],
    rules: { 'no-restricted-syntax': ['error', ...safety, noDynamicSamples] },
  },
  ...boundaries.map(({ files, patterns }) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } })),
);
