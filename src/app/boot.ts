// The page's entry. Before React and the page's code load (about 300 KB), it draws the first screen:
// the header and the map's box (skeleton.ts), and in the box the static picture of the URL's state
// as soon as the data and the geometry arrive. Only then is the page itself loaded (main.tsx); it
// takes the data and the picture from here (first-picture.ts). Its static imports are one chunk
// (vite.config.ts). On this 2-core machine without a GPU the picture was on screen in a median
// 280 ms on the full page and 252 ms in a 420 px embed, where a bare MapLibre page takes 707 ms to
// its first idle (bench/README.md).
import '../app.css';
import '../components/theme.css';
import '../embed/embed.css';
import './picture.css';
import { claimsAt } from '../domain/join';
import { canvasMeasure } from '../export/measure';
import { STRINGS } from '../i18n/strings';
import { DESCRIPTION_STRINGS } from '../i18n/description.i18n';
import { wantsTransparent } from '../embed/height';
import { urlBounds, ARTICLE_DATE, FIRST_DATE } from '../state/bounds';
import { loadAppData, type AppData } from '../state/load';
import { parseQuery, preferredLang } from '../state/url';
import { prefersDark, resolveTheme } from '../state/url-view';
import { afterPaint, drawSvg, mapPictureSvg, PICTURE_MARK, whenPresented } from './draw-picture';
import { offerFirstData, offerFirstPicture, pictureKey } from './first-picture';
import { buildSkeleton } from './skeleton';

const data = loadAppData();
// main.tsx reports a failure (the error screen names the file); until then it is handled here.
data.catch(() => {});
offerFirstData(data);

const prefers = preferredLang(navigator);
// The language, the theme and the embed flag do not depend on the timeline's range.
const early = parseQuery(location.search, { min: FIRST_DATE, max: ARTICLE_DATE, initial: ARTICLE_DATE }, prefers).state;
const theme = resolveTheme(early.theme, prefersDark());
const html = document.documentElement;
html.lang = early.lang;
html.dataset.theme = theme;
if (early.embed) html.classList.add('embedded');
html.classList.toggle('transparent', early.embed && wantsTransparent());
document.title = STRINGS[early.lang].title;
const root = document.getElementById('root')!;
const box = buildSkeleton(root, early.lang, early.embed);

async function drawFirst(d: AppData): Promise<boolean> {
  const state = parseQuery(location.search, urlBounds(d.dataset), prefers).state;
  const width = Math.round(box.clientWidth), height = Math.round(box.clientHeight);
  if (!(width > 0 && height > 0)) return false;
  const svg = mapPictureSvg({
    geo: d.geo, claims: d.dataset.claims, join: claimsAt(d.dataset, state.date), lang: state.lang, theme, width, height,
    view: state.view, focus: state.focus, observed: null, measure: canvasMeasure(), title: STRINGS[state.lang].title,
  });
  const canvas = document.createElement('canvas');
  canvas.setAttribute('aria-hidden', 'true');
  if (!(await drawSvg(svg, canvas, width, height))) return false;
  canvas.dataset.drawn = 'yes';
  // The same figure MapPicture renders, with the note that marks the picture's paint (Element Timing).
  const figure = document.createElement('figure');
  figure.className = 'map-picture map-picture-overlay';
  figure.dataset.testid = 'map-picture';
  figure.dataset.date = state.date;
  figure.dataset.observed = 'no';
  const frame = document.createElement('div');
  frame.className = 'map-picture-frame';
  frame.append(canvas);
  const note = document.createElement('p');
  note.className = 'map-picture-note';
  note.setAttribute('elementtiming', PICTURE_MARK);
  note.textContent = DESCRIPTION_STRINGS[state.lang].loadingMap;
  figure.append(frame, note);
  box.append(figure);
  offerFirstPicture(pictureKey({ width, height, date: state.date, lang: state.lang, theme, view: state.view, focus: state.focus, layers: '' }), canvas);
  return true;
}

// The page loads once the picture is on screen (or could not be drawn). Evaluated between the
// picture's drawing and its frame, React's code and first render held the picture off the screen for
// the time they took (drawn at ~0.2 s, on screen at ~0.5 s). Waiting one painted frame was not
// enough: the main thread hands the frame on, but the GPU process (SwiftShader here) presents it
// later, and the page's ~300 KB of code competed with it on the machine's two cores (presented
// 360 ms after it was drawn in one probe). So the boot waits for the picture's own presentation time
// (Element Timing, PICTURE_MARK), or a painted frame where the browser has no Element Timing.
// The frame is painted before the picture is built: the GPU process rasters the header while the
// main thread builds the SVG, and the picture's own frame then holds only the canvas. Built in the
// same task, the first frame held both, and the picture reached the screen 250–350 ms after it was
// drawn in the page.
// Long enough for the slowest presentation seen here (~0.4 s after the draw); a page whose picture
// is never reported (Element Timing may leave out what is outside the viewport) still starts.
const PRESENT_WAIT_MS = 1000;
const framePainted = new Promise<void>((r) => afterPaint(r)());
const loadPage = () => void import('./main');
void Promise.all([data, framePainted])
  .then(([d]) => drawFirst(d))
  .catch(() => false)
  .then((drawn) => (drawn ? whenPresented(PICTURE_MARK, PRESENT_WAIT_MS, loadPage) : afterPaint(loadPage)()));
