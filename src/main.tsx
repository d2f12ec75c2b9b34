import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { registerServiceWorker } from './app/register-service-worker';
import { listenForInstallPrompt } from './ui/install-prompt';
import './ui/styles.css';

// Before the first render: the browser may offer to install Folio as soon as the page loads.
listenForInstallPrompt();

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
