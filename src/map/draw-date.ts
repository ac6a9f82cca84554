// The one way a date is drawn on a MapLibre map: the claims' feature-state (oblast fills, annexation
// hatch, buffer zone, point and troop markers), the observed area of the snapshot at or before the
// date, the not-occupied ground of that same snapshot, and compare mode's layers. The live map (MapView),
// every animation frame (export/animation/render.ts) and the bench's layer-groups page call it, so
// what a frame or a bench step shows cannot drift from what the reader sees.
//
// A DateDrawer belongs to one map and remembers what it last drew there, so a new date only sets the
// feature-state and not-occupied parts that changed.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { JoinResult } from '../domain';
import { featureStates, type PlaceProps } from '../domain/places';
import { assessorOf } from '../domain/join';
import type { ObservedHistory } from '../domain/observed-format';
import { notOccupiedPartsOn } from '../domain/observed-metrics';
import { localName } from '../i18n/names';
import { statusLabel } from '../i18n/status-label';
import type { Lang } from '../i18n/format';
import { applyCompare, type CompareDrawn } from './compare-layer';
import { applyNotOccupiedDate } from './not-occupied-layer';
import { MAP_STRINGS } from './map.i18n';
import { applyObservedDate, observedIds, setObservedData, type ObservedDrawn } from './observed-layer';
import type { SourceRecord } from '../evidence/records';

/** Compare mode as the map draws it: per-face change codes and oblasts where a claim changed. */
export interface CompareInput {
  faces: Uint8Array | null;
  changedOblasts: readonly string[];
}

/** What one date puts on the map. */
export interface DateScene {
  join: JoinResult;
  /** The packed history, once loaded (null: none in this build, or not loaded yet). */
  observed: ObservedHistory | null;
  /** Further observed sources (beyond the primary `observed`), each drawn in its own group (observedIds); loaded ones only. */
  others?: readonly SourceRecord[];
}

/** What is on the map after a draw: the snapshot day of the observed area and of the not-occupied ground (-1 before the first), and the not-occupied parts shown. */
export interface DrawnDate {
  date: string;
  observedDay: number | null;
  notOccupiedDay: number | null;
  notOccupiedParts: number;
  snapshot: string;
}

export class DateDrawer {
  private observedSet: ObservedHistory | null = null;
  private observed: ObservedDrawn | null = null;
  private notOccupiedDay: number | null = null;
  private compareDrawn: CompareDrawn = { faces: null, changed: new Set() };
  /** Per further source: the history its sources hold and what was last drawn of it. */
  private othersDrawn = new Map<string, { history: ObservedHistory; drawn: ObservedDrawn | null }>();
  private compareOn = false;

  /**
   * `sourcesHaveData`: the map's observed sources already hold this history's faces and arcs (a map
   * built from another map's style), so they need no setData; false when they start empty.
   */
  constructor(
    private readonly map: MapLibreMap,
    private readonly places: FeatureCollection<Point, PlaceProps>,
    private readonly zoneIds: readonly string[],
    private readonly sourcesHaveData: ObservedHistory | null = null,
  ) {
    this.observedSet = sourcesHaveData;
  }

  /** Draws `scene`'s date: claims, observed area and not-occupied ground of the same snapshot. */
  draw(scene: DateScene): DrawnDate {
    const { map } = this;
    for (const u of featureStates(scene.join, this.places, this.zoneIds)) map.setFeatureState({ source: u.source, id: u.id }, u.state);
    if (scene.others?.length) this.drawOthers(scene.others, scene.join.date);
    const h = scene.observed;
    if (!h) return { date: scene.join.date, observedDay: null, notOccupiedDay: null, notOccupiedParts: 0, snapshot: '' };
    if (this.observedSet !== h) {
      // the history arrived after the map was built: give the (empty) sources their data once
      setObservedData(map, h);
      this.observedSet = h;
      this.observed = null;
      this.notOccupiedDay = null;
    }
    this.observed = applyObservedDate(map, h, scene.join.date, this.observed);
    this.notOccupiedDay = applyNotOccupiedDate(map, h, scene.join.date, this.notOccupiedDay);
    return {
      date: scene.join.date,
      observedDay: this.observed.day,
      notOccupiedDay: this.notOccupiedDay,
      notOccupiedParts: notOccupiedPartsOn(h, this.notOccupiedDay).length,
      snapshot: h.dates[this.observed.day] ?? '',
    };
  }

  private drawOthers(others: readonly SourceRecord[], date: string): void {
    for (const r of others) {
      const ids = observedIds(r.source.id);
      let o = this.othersDrawn.get(r.source.id);
      if (!o || o.history !== r.history) {
        setObservedData(this.map, r.history, ids);
        if (!o) this.showOther(ids, !this.compareOn);
        this.othersDrawn.set(r.source.id, (o = { history: r.history, drawn: null }));
      }
      o.drawn = applyObservedDate(this.map, r.history, date, o.drawn, ids);
    }
  }

  private showOther(ids: { fill: string; line: string }, on: boolean): void {
    for (const id of [ids.fill, ids.line]) if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
  }

  /** Compare mode on (with its codes) or off (null): layer visibility and feature-state where they changed. */
  compare(c: CompareInput | null): void {
    this.compareDrawn = applyCompare(this.map, !!c, c?.faces ?? null, c?.changedOblasts ?? [], this.compareDrawn);
    // compare mode measures the primary record alone: further sources step aside as its own area does
    if (this.compareOn !== !!c) for (const id of this.othersDrawn.keys()) this.showOther(observedIds(id), !c);
    this.compareOn = !!c;
  }
}

/** A place's focusable twin on `join`'s date: hidden when no claim on it is active, its status and accessible name. */
export function placeTwin(props: PlaceProps, join: JoinResult, lang: Lang): { hidden: boolean; status: string; label: string } {
  const a = join.active.find((x) => x.claim.id === props.claimId);
  const name = localName(props, lang);
  if (!a) return { hidden: true, status: 'none', label: name };
  const t = MAP_STRINGS[lang];
  const said = props.kind === 'troop-concentration' ? t.markerStatus.troops : a.status === 'assessed' ? statusLabel(a.status, a.finding, lang, assessorOf(a, lang)) : t.markerStatus[a.status];
  return { hidden: false, status: a.status, label: `${name}: ${said}` };
}
