// The page itself, loaded by boot.ts once the first picture is on screen. The first render is the page
// with the boot's data (no "loading" frame): React's first commit replaces the boot's frame, and
// MapPicture takes the boot's picture into its own in the same frame.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadAppData, type AppData } from '../state/load';
import { firstData } from './first-picture';

const first = firstData() ?? loadAppData();
// A failure is App's to report (the error screen names the file).
const settled: AppData | undefined = await first.then(
  (d) => d,
  () => undefined,
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App initial={settled ?? first} />
  </StrictMode>,
);
