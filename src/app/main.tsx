import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadAppData } from '../state/load';
import { loadMapView } from './map-chunk';
import '../app.css';

// The data is asked for before React renders anything: its fetch then overlaps the first render
// instead of waiting for the App's first effect.
const first = loadAppData();
// App reports a failure (the error screen names the file); until it subscribes, the rejection is handled here.
first.catch(() => {});
// MapLibre's chunk loads beside the data; the page draws the map's static picture without it.
loadMapView().catch(() => {});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App initial={first} />
  </StrictMode>,
);
