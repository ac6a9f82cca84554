// Offline label fonts: Noto Sans woff2 files bundled by Vite, one face per unicode range.
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import cyr400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import cyr700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?url';
import type { FontFile } from './style';

// Ranges as @fontsource declares them for these subsets.
const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD'.split(',');
const CYRILLIC = 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116'.split(',');

// MapLibre fetches font files itself, so it needs absolute URLs.
const abs = (u: string) => new URL(u, document.baseURI).href;

export function fontFiles(): { regular: FontFile[]; bold: FontFile[] } {
  return {
    regular: [{ url: abs(latin400), ranges: LATIN }, { url: abs(cyr400), ranges: CYRILLIC }],
    bold: [{ url: abs(latin700), ranges: LATIN }, { url: abs(cyr700), ranges: CYRILLIC }],
  };
}
