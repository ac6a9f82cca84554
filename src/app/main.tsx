import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadAppData } from '../state/load';
import '../app.css';

// The data is asked for before React renders anything: its fetch then overlaps the first render
// instead of waiting for the App's first effect.
const first = loadAppData();
// App reports a failure (the error screen names the file); until it subscribes, the rejection is handled here.
first.catch(() => {});
// MapLibre's chunk is asked for by App once the static picture is on its way (not here, and not
// preloaded by the HTML): compiling its 1 MB beside the entry chunk put the picture 50–90 ms later.

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App initial={first} />
  </StrictMode>,
);
