import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { registerServiceWorker } from './app/register-service-worker';
import './ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
// zod loads with the screens that use it, which set its jitless option first (src/app/screens.ts).
// Storage persistence is asked for after the first evidence is saved (src/ui/persistent-storage.ts), not here.
