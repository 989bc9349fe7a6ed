// The renderer's entry: take the bridge token out of the address first, then mount the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prepareClient } from './client';
import './ui';
import { App } from './app/App';
import { RecoveryGate } from './features/backup/RecoveryGate';

prepareClient();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    {/* A database found damaged at startup shows the recovery screen instead of the app. */}
    <RecoveryGate>
      <App />
    </RecoveryGate>
  </StrictMode>,
);
