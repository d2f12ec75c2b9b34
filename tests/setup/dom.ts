import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// These machines are shared and busy: a screen that takes a while to appear is slow, not missing.
configure({ asyncUtilTimeout: 10_000 });
