// The app's one first-screen signal: the map's first idle, or no map at all (no WebGL). The app
// root marks it (App.tsx, the same flag that starts the record's download and the encoder probe);
// lazy chunks that must not compete with the first frame (the gains chart's recharts, ~115 KB
// gzipped, slowed a weak GPU's first frame: bench/README.md) wait for it here. Nothing watches the
// DOM or a test id for it.

let mark: (() => void) | null = null;
let done = false;
const signal = new Promise<void>((resolve) => {
  mark = resolve;
});

/** Called once the first screen is drawn (later calls do nothing). */
export function markFirstScreen(): void {
  done = true;
  mark?.();
}

/** Whether the first screen has been drawn. */
export function firstScreenDone(): boolean {
  return done;
}

/** Resolves once the first screen is drawn, or after `timeoutMs` at the latest (a map that never idles must not keep a panel away). */
export function afterFirstScreen(timeoutMs = 10_000): Promise<void> {
  return Promise.race([signal, new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))]);
}
