import { Suspense, lazy, memo, startTransition, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type * as maplibregl from 'maplibre-gl';
import { effectiveDate } from '../domain/events';
import { claimsAt, type JoinResult } from '../domain/join';
import { urlBounds } from '../state/bounds';
import type { Dataset } from '../domain/schema';
import { STRINGS } from '../i18n/strings';
import { ENDONYMS } from '../i18n/names';
import type { MapViewProps } from '../map/MapView';
import { figuresAt } from '../domain/date-figures';
import { describeMap } from '../i18n/description';
import { DESCRIPTION_STRINGS } from '../i18n/description.i18n';
import { localName } from '../i18n/names';
import { MapPicture } from './MapPicture';
import { loadMapView } from './map-chunk';
import './picture.css';
import { loadAppData, OBSERVED_LAST, OBSERVED_URL, type AppData } from '../state/load';
import { useStagedRecords } from '../state/use-observed';
import { bindUrl, useApp } from '../state/store';
import { useHandOver, useHandOverAtRest, useHandOverWhenSeen, type Prepare } from '../state/hand-over';
import type { ObservedHistory } from '../domain/observed-format';
import { ClaimDetail } from '../components/ClaimDetail';
import { ClaimsPanel } from '../components/ClaimsPanel';
import { GainsPanel } from '../components/GainsPanel';
import { markEvidenceDrawn, markFirstScreen } from '../state/first-screen';
import { Legend } from '../components/Legend';
import { StatusTable } from '../components/StatusTable';
import { Timeline } from '../components/Timeline';
import { ClaimsVsObservedPanel, ObservedLegends, ObservedMapBadge, ObservedStatus } from '../components/Observed';
import { EmbedDialog } from '../embed/EmbedDialog';
import { EmbedLayout } from './EmbedLayout';
import { Profiled } from './Profiled';
import { ExportMenu } from '../export/ExportMenu';
import { CompareControl, ComparePanel } from '../components/Compare';
import { useCompare } from '../components/compare-model';
import { ThemeSwitch } from '../components/ThemeSwitch';
import { HeaderMenu } from '../components/HeaderMenu';
import { useResolvedTheme } from '../components/theme';
import { RecordStatus, recordNotes } from '../components/RecordStatus';
import { AboutRecord } from '../components/AboutRecord';
import { cutHistory } from '../evidence/record';
import type { SourceRecord } from '../evidence/records';
import { observedSource } from '../evidence/registry';
import { toQuery } from '../state/url';
import { PlaceSearch } from '../components/PlaceSearch';
import { focusBounds, focusClaims } from '../components/place-search-model';

const NO_RECORDS: readonly SourceRecord[] = [];

type Phase = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; data: AppData };

/**
 * `initial`: the data's first load, started by the boot script before React loads (a retry loads
 * afresh). Given as the data itself (the boot had it when it drew the first picture), the first render
 * is the page, with no "loading" frame between the boot's picture and the page's.
 */
export function App({ initial }: { initial?: Promise<AppData> | AppData } = {}) {
  const [phase, setPhase] = useState<Phase>(() => (initial && !(initial instanceof Promise) ? { kind: 'ready', data: initial } : { kind: 'loading' }));
  const lang = useApp((s) => s.lang);
  const first = useRef(initial instanceof Promise ? initial : undefined);
  // Fetches the data; the first render already shows "loading", a retry sets it again first.
  const fetchData = useCallback(() => {
    const load = first.current ?? loadAppData();
    first.current = undefined;
    load.then(
      (data) => setPhase({ kind: 'ready', data }),
      (e: Error) => setPhase({ kind: 'error', message: e.message }),
    );
  }, []);
  const ready = phase.kind === 'ready';
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the first load only: a retry calls fetchData itself
  useEffect(() => (ready ? undefined : fetchData()), [fetchData]);
  const retry = () => {
    setPhase({ kind: 'loading' });
    fetchData();
  };
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = STRINGS[lang].title;
  }, [lang]);

  const t = STRINGS[lang];
  if (phase.kind === 'loading') return <div className="status-screen" role="status" data-testid="loading">{t.loading}</div>;
  if (phase.kind === 'error') {
    return (
      <div className="status-screen" role="alert" data-testid="load-error">
        <p>{t.loadError}</p>
        <p className="muted">{phase.message}</p>
        <button type="button" onClick={retry}>{t.retry}</button>
      </div>
    );
  }
  return <Main data={phase.data} />;
}

/** The store follows the URL, its date clamped to the timeline's range (urlBounds). */
function useBoundUrl(dataset: Dataset) {
  const bounds = useMemo(() => urlBounds(dataset), [dataset]);
  const [bound, setBound] = useState(false);
  // A layout effect: the views' first render follows in the same task, not one scheduler task later.
  useLayoutEffect(() => {
    const unbind = bindUrl(bounds);
    // The views render only once the store follows the URL: one extra render on load, on purpose.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setBound(true);
    return unbind;
  }, [bounds]);
  return bound;
}

/**
 * The date splits in two, so a step of the slider never waits for the panels. The map and the slider follow the store's date at once; the
 * panels, the table and the embed's text follow a copy of it that is handed over after the next
 * animation frame (the one in which the map draws the new day) and rendered by React as a
 * transition. A step or a drag then costs the map's own work before its frame, not a re-render of
 * every panel (about 17 ms a step on the bench machine, in slices that could still hold up a frame).
 * Changes faster than a frame (a drag, a key kept down) hand over only the last.
 */
function usePanelDate(): string {
  return useHandOver(useApp((s) => s.date));
}

function Main({ data }: { data: AppData }) {
  // the build knows the last snapshot day, so the timeline's range is right before the history loads
  const bound = useBoundUrl(data.dataset);
  return bound ? <Bound data={data} /> : null;
}

/** Mounted once the store follows the URL, so the panels' first date is the URL's. */
function Bound({ data }: { data: AppData }) {
  const date = usePanelDate();
  return <MainBody data={data} date={date} />;
}

/**
 * A part that takes the panels' date one frame later again, in a transition of its own (the closed
 * embed dialog): the visible panels' commit then holds less, and a newer date cancels a hand-over not
 * yet made. Its children are memoised components, so the panels' own render passes them by.
 */
function Later({ date, children }: { date: string; children: (date: string) => ReactNode }) {
  return children(useHandOver(date));
}

/**
 * A panel that may be out of view (the claim ledger low in the side column, the status table below
 * the fold): it takes the panels' date while in view, and when it comes into view; out of view it
 * catches up only when the date rests and the page is idle (useHandOverWhenSeen).
 */
function WhenSeen({ date, prepare, children }: { date: string; prepare?: Prepare; children: (date: string) => ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  return <div ref={ref} className="when-seen">{children(useHandOverWhenSeen(date, ref, prepare))}</div>;
}

/**
 * claimsAt for one dataset, keeping the last few results: the map joins a date at once, the panels
 * the same date a frame later, and the parts out of view (and the map's description) the same date
 * when it rests, so the later ones are the first's result, not joins of their own.
 */
function lastJoin(dataset: Dataset): (date: string) => JoinResult {
  const last: JoinResult[] = [];
  return (date) => {
    const hit = last.find((j) => j.date === date);
    if (hit) return hit;
    const j = claimsAt(dataset, date);
    last.unshift(j);
    last.length = Math.min(last.length, 6);
    return j;
  };
}

// MapLibre is its own chunk, loaded once the first render has built the static picture: the picture
// is on screen before MapLibre's code has even been evaluated.
const MapView = lazy(() => loadMapView().then((m) => ({ default: m.MapView })));

const LaterStatusTable = memo(StatusTable);
const LaterLedger = memo(ClaimsVsObservedPanel);
// The embed dialog is closed but for a moment: it takes the date a frame after the panels, and asks for
// the map's description only when open.
const EmbedDialogAt = memo(function EmbedDialogAt({ describe, date, ...props }: Omit<Parameters<typeof EmbedDialog>[0], 'description'> & { describe: (date: string) => string }) {
  const description = useCallback(() => describe(date), [describe, date]);
  return <EmbedDialog {...props} date={date} description={description} />;
});

/** The map's hidden text alternative: it follows the date once the date rests and the page is idle, rendering only itself. */
const MapDescription = memo(function MapDescription({ id, date, describe, prepare }: { id: string; date: string; describe: (date: string) => string; prepare?: Prepare }) {
  const shown = useHandOverAtRest(date, prepare);
  const text = useMemo(() => describe(shown), [describe, shown]);
  return <p id={id} className="visually-hidden" data-testid="map-description">{text}</p>;
});
// The slider follows the store itself; the panels' render passes it (and the compare box) by.
const PanelTimeline = memo(Timeline);
const PanelCompareControl = memo(CompareControl);

/** The map at the store's current date: its own subscription, so a step re-renders only this and the slider. */
const LiveMap = memo(function LiveMap({ dataset, joinAt, start, ...props }: Omit<MapViewProps, 'join' | 'claims'> & { dataset: Dataset; joinAt: (date: string) => JoinResult; start: boolean }) {
  const date = useApp((s) => s.date);
  const join = useMemo(() => joinAt(date), [joinAt, date]);
  // Until the static picture is on screen (`start`) and MapLibre's chunk is there, an empty box of the
  // map's size holds its place (the picture lies over it).
  const pending = <div className="map" data-testid="map-pending" />;
  if (!start) return pending;
  return (
    <Suspense fallback={pending}>
      <MapView {...props} claims={dataset.claims} join={join} />
    </Suspense>
  );
});

const MainBody = memo(function MainBody({ data: base, date }: { data: AppData; date: string }) {
  const { dataset, geo } = base;
  const lang = useApp((s) => s.lang);
  const selected = useApp((s) => s.selectedClaimId);
  const select = useApp((s) => s.select);
  const embed = useApp((s) => s.embed);
  const view = useApp((s) => s.view);
  const focus = useApp((s) => s.focus);
  const setView = useApp((s) => s.setView);
  const theme = useResolvedTheme();
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  // No probe for WebGL before the map: a throwaway context cost as much as the map's own (265 ms of
  // the first load on SwiftShader). The map's constructor fails instead, and MapView reports it here.
  const [mapError, setMapError] = useState<string | null>(null);
  // The record loads after the map's first idle (or at once without a map): the first screen never waits for it.
  const [firstIdle, setFirstIdle] = useState(false);
  // The map is created once the static picture has been painted (MapPicture's onShown), and the side
  // panel, the table and the footer are rendered then too, in a transition that yields to the map. The
  // first render holds only what sits around the map: it put the picture on screen 0.1–0.2 s sooner.
  // Nothing above moves when they come (they are added beside and below the map column).
  const [pictureShown, setPictureShown] = useState(false);
  const [panels, setPanels] = useState(false);
  // MapLibre's chunk loads while the picture's SVG is decoded and drawn.
  useEffect(() => {
    loadMapView().catch(() => {});
  }, []);
  const onPictureShown = useCallback(() => {
    setPictureShown(true);
    startTransition(() => setPanels(true));
  }, []);
  useEffect(() => {
    if (!map) return;
    const done = () => setFirstIdle(true);
    map.once('idle', done);
    return () => {
      map.off('idle', done);
    };
  }, [map]);
  const firstScreen = firstIdle || !!mapError;
  useEffect(() => {
    if (firstScreen) markFirstScreen();
  }, [firstScreen]);
  // The map takes the record as it arrives; the panels once the map has drawn it (`drawn`, also
  // when work no reader is waiting for starts: the encoder probe).
  const staged = useStagedRecords(firstScreen, !!mapError);
  const observedState = staged.panels.state;
  const { drawn, retry: retryObserved, onDrawn } = staged;
  useEffect(() => {
    if (!drawn) return;
    markEvidenceDrawn();
    // for the e2e tests and the bench: the panels have the record (or know there is none)
    document.documentElement.dataset.evidence = 'drawn';
  }, [drawn]);
  // A pinned view (as_of) sees the record only up to its day, in the map, the panels and every export.
  const asOf = useApp((s) => s.asOf) ?? null;
  // the observed record as a list of sources, in the build's order; the first is the primary record
  const mapRecords = useMemo(() => staged.map.records.map((r) => ({ source: r.source, history: cutHistory(r.history, asOf) })), [staged.map.records, asOf]);
  // the panels hold what the map holds once it has drawn it (staged.panels), nothing before
  const records = drawn ? mapRecords : NO_RECORDS;
  const observed = records[0]?.history ?? null;
  const mapObserved = mapRecords[0]?.history ?? null;
  const data = useMemo<AppData>(() => ({ ...base, observed, records }), [base, observed, records]);
  // the build knows the record's last day before the history loads
  const recordLast = observed?.dates.at(-1) ?? (asOf && OBSERVED_LAST && asOf < OBSERVED_LAST ? asOf : OBSERVED_LAST);
  const source = records[0]?.source ?? observedSource();
  // the map draws further sources in groups of their own; a build of one source passes none
  const others = useMemo(() => (mapRecords.length > 1 ? mapRecords.slice(1) : NO_RECORDS), [mapRecords]);
  const joinAt = useMemo(() => lastJoin(dataset), [dataset]);
  const join = useMemo(() => joinAt(date), [joinAt, date]);
  const ticks = useMemo(
    () => dataset.claims.flatMap((c) => c.events.map((e) => ({ date: effectiveDate(e), label: c.title[lang], status: e.status }))),
    [dataset, lang],
  );
  const t = STRINGS[lang];
  const selectedClaim = selected ? dataset.claims.find((c) => c.id === selected) : undefined;
  const zoneArea = geo.zone.features[0]?.properties?.area_km2 as number | undefined;
  const compare = useCompare(data, join);
  const oblastNames = useMemo(() => new Map(geo.oblasts.features.map((f) => [f.properties.id, f.properties])), [geo]);
  const onMapError = useCallback((e: Error) => setMapError(e.message), []);
  // The map's text alternative on a date, from the same data as the ledger (the one per-date cache).
  // Written where it is read: the hidden description follows the date at rest (MapDescription), the
  // embed dialog asks for it when open, the static picture only before the map's first idle.
  const descId = useId();
  const pending = !!OBSERVED_URL && observedState.kind === 'loading';
  const describe = useCallback(
    (d: string) => describeMap({ join: joinAt(d), lang, ledger: observed ? figuresAt(observed, d).ledger(dataset.claims) : null, oblastName: (id) => { const o = oblastNames.get(id); return o ? localName(o, lang) : id; }, pending, source: { name: source.name, assessor: source.assessor[lang] } }),
    [joinAt, lang, observed, dataset, oblastNames, pending, source],
  );
  // What the parts that catch up at rest will read, computed first in idle slices (each a cached
  // figure): a ledger's figures per source for its panel; the first source's serve the map's description.
  const { prepareLedger, prepareLedgers } = useMemo(() => {
    const ledgerOf = (h: ObservedHistory | null): Prepare => (d) => [() => joinAt(d), ...(h ? [() => figuresAt(h, d).ledger(dataset.claims), () => figuresAt(h, d).notOccupied()] : [])];
    const bySource = new Map(records.map((r) => [r.source.id, ledgerOf(r.history)]));
    return { prepareLedger: (records[0] && bySource.get(records[0].source.id)) ?? ledgerOf(null), prepareLedgers: bySource };
  }, [records, joinAt, dataset]);
  const describeNow = useCallback(() => describe(date), [describe, date]);
  const prepareTable = useCallback<Prepare>((d) => [() => joinAt(d), ...records.map((r) => () => figuresAt(r.history, d).shares())], [joinAt, records]);
  const picture = (mode: 'overlay' | 'fallback') => (
    <MapPicture mode={mode} geo={geo} dataset={dataset} join={join} lang={lang} theme={theme} view={view} focus={focus} observed={observed}
      compareFaces={compare?.observed?.faces ?? null} title={t.title} describe={describeNow} note={mode === 'overlay' ? DESCRIPTION_STRINGS[lang].loadingMap : undefined}
      onShown={mode === 'overlay' ? onPictureShown : undefined} />
  );
  // What `focus` frames (a place with its uncertainty, an area once the record has loaded) and the claims it selects.
  const focusBox = useMemo(() => focusBounds(focus, { oblasts: geo.oblasts, claims: dataset.claims, observed: mapObserved }), [focus, geo, dataset, mapObserved]);
  const inFocus = useMemo(() => focusClaims(focus, dataset.claims), [focus, dataset]);

  const mapNode = mapError ? (
    <div className="map map-fallback" role="status" data-testid="map-fallback">
      {picture('fallback')}
      <p><strong>{t.noMap}</strong></p>
      <p>{t.noMapHelp}</p>
      <p className="muted">{mapError}</p>
    </div>
  ) : (
    <div className="map-frame">
      <LiveMap geo={geo} dataset={dataset} joinAt={joinAt} lang={lang} onSelect={select} onMap={setMap} observed={mapObserved} others={others}
        observedState={staged.map.state.kind} onDrawn={onDrawn} onError={onMapError} theme={theme} view={view} focus={focus} focusBox={focusBox} onView={setView} compare={compare?.map ?? null}
        cooperative={embed} describedBy={descId} start={pictureShown} />
      {!firstIdle && picture('overlay')}
      <MapDescription id={descId} date={date} describe={describe} prepare={prepareLedger} />
    </div>
  );
  const recordNode = (liveHref: string) => (
    <RecordStatus last={recordLast} source={source} lang={lang} asOf={asOf} liveHref={liveHref} corrections={dataset.corrections} compact={embed} />
  );
  if (embed) {
    const notes = recordNotes({ last: recordLast, source, lang, asOf, corrections: dataset.corrections });
    return <EmbedLayout data={data} date={date} join={join} ticks={ticks} map={mapNode} compare={compare} theme={theme} record={notes} />;
  }

  return (
    <div className="app">
      <a className="skip-link" href="#status-table">{t.skip}</a>
      <header className="app-header">
        <div>
          <h1>{t.title}</h1>
          <p className="subtitle">{t.subtitle}</p>
        </div>
        <HeaderMenu label={t.menu}>
          <Profiled id="EmbedDialog"><Later date={date}>{(d) => <EmbedDialogAt map={map} oblasts={geo.oblasts} date={d} recordLast={recordLast} describe={describe} />}</Later></Profiled>
          <ThemeSwitch />
          <LangSwitch />
        </HeaderMenu>
      </header>
      <main className="layout">
        <div className="map-col">
          <Profiled id="LiveMap">{mapNode}</Profiled>
          <ObservedMapBadge state={observedState} lang={lang} />
          <Profiled id="Timeline"><PanelTimeline ticks={ticks} /></Profiled>
          {recordNode(toQuery({ date, lang, embed: false, chart: true }))}
          <Profiled id="CompareControl"><PanelCompareControl /></Profiled>
        </div>
        <aside className="side">
          {panels && <>
          {/* First in the side panel: the header stays one row at 1280 px and nothing covers the map. */}
          <div className="side-search">
            <PlaceSearch oblasts={geo.oblasts} claims={dataset.claims} observed={data.observed} date={date} sourceName={source.name} />
          </div>
          {compare && <ComparePanel view={compare} lang={lang} theme={theme} oblastNames={oblastNames} />}
          {selectedClaim && (
            <ClaimDetail claim={selectedClaim} date={date} sources={dataset.sources} lang={lang} corrections={dataset.corrections}
              zoneAreaKm2={selectedClaim.kind === 'buffer-zone' ? zoneArea : undefined} onClose={() => select(null)} />
          )}
          {/* The rate chart comes first in the side panel: at 1280×800 it is in view with the map and the
              slider; the legend follows it (the longer, corrected legend texts pushed it out of view). */}
          <Profiled id="GainsPanel"><GainsPanel data={dataset} date={date} observed={data.observed} /></Profiled>
          <Profiled id="Legend"><Legend join={join} lang={lang} theme={theme} claimedTitle={data.observed ? STRINGS[lang].legend.groupClaimed : undefined}
            extra={<ObservedLegends records={records} date={date} lang={lang} theme={theme} state={observedState} />} /></Profiled>
          <Profiled id="ClaimsPanel"><ClaimsPanel join={join} sources={dataset.sources} lang={lang} selected={selected} onSelect={select} inFocus={inFocus} /></Profiled>
          {records.map((r) => (
            <Profiled key={r.source.id} id="ClaimsVsObservedPanel">
              <WhenSeen date={date} prepare={prepareLedgers.get(r.source.id)}>{(d) => <LaterLedger source={r.source} observed={r.history} join={joinAt(d)} oblasts={geo.oblasts} lang={lang} claims={dataset.claims} />}</WhenSeen>
            </Profiled>
          ))}
          {/* while a source loads or after one failed (with its retry), also beside the sources already loaded */}
          {observedState.kind !== 'ready' && <ObservedStatus state={observedState} lang={lang} onRetry={retryObserved} />}
          <Profiled id="ExportMenu"><ExportMenu map={map} data={data} join={join} lang={lang} compare={compare} theme={theme} ready={drawn} asOf={asOf} /></Profiled>
          </>}
        </aside>
      </main>
      {panels && <>
      <section className="table-section">
        <Profiled id="StatusTable">
          <WhenSeen date={date} prepare={prepareTable}>{(d) => <LaterStatusTable join={joinAt(d)} oblasts={geo.oblasts} sources={dataset.sources} lang={lang} onSelect={select} records={records} />}</WhenSeen>
        </Profiled>
      </section>
      <footer className="app-footer">
        <p>{t.about}</p>
        <AboutRecord source={source} observed={data.observed} lang={lang} />
      </footer>
      </>}
    </div>
  );
});

function LangSwitch() {
  const lang = useApp((s) => s.lang);
  const setLang = useApp((s) => s.setLang);
  return (
    <div className="lang-switch" role="group" aria-label={STRINGS[lang].language}>
      {(['uk', 'en'] as const).map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => setLang(l)} data-testid={`lang-${l}`}>
          {ENDONYMS[l]}
        </button>
      ))}
    </div>
  );
}

