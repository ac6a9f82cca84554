// The app's two load stages, each a one-way signal the app root marks (App.tsx):
// - the first screen: the map's first idle, or no map at all (no WebGL). The same flag starts the
//   record's download. Lazy chunks that must not compete with the first frame wait for it.
// - the evidence drawn: the map idle with the observed record drawn, or no record to draw (none in
//   the build, a failed download, no map). The record's arrival goes to the map first; the panels'
//   share of it and the gains chart's first mount (recharts, ~115 KB gzipped) wait for this, so
//   they do not take the two cores while MapLibre tiles and draws the record (bench/README.md).
// Nothing watches the DOM or a test id for either.

interface Stage {
  mark(): void;
  done(): boolean;
  after(timeoutMs: number): Promise<void>;
}

function stage(): Stage {
  let resolve!: () => void;
  let done = false;
  const signal = new Promise<void>((r) => (resolve = r));
  return {
    mark() {
      done = true;
      resolve();
    },
    done: () => done,
    // A timeout: a map that never idles must not keep a panel away.
    after: (timeoutMs) => Promise.race([signal, new Promise<void>((r) => setTimeout(r, timeoutMs))]),
  };
}

const firstScreen = stage();
const evidence = stage();

/** Called once the first screen is drawn (later calls do nothing). */
export function markFirstScreen(): void {
  firstScreen.mark();
}

/** Whether the first screen has been drawn. */
export function firstScreenDone(): boolean {
  return firstScreen.done();
}

/** Resolves once the first screen is drawn, or after `timeoutMs` at the latest. */
export function afterFirstScreen(timeoutMs = 10_000): Promise<void> {
  return firstScreen.after(timeoutMs);
}

/** Called once the map has drawn the record, or there is none to draw (later calls do nothing). */
export function markEvidenceDrawn(): void {
  firstScreen.mark();
  evidence.mark();
}

/** Whether the evidence stage has been reached. */
export function evidenceDrawn(): boolean {
  return evidence.done();
}

/** Resolves once the map has drawn the record (or there is none), or after `timeoutMs` at the latest. */
export function afterEvidenceDrawn(timeoutMs = 15_000): Promise<void> {
  return evidence.after(timeoutMs);
}
