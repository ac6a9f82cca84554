// The About panel reads the provenance fields of the packed file as optional.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ObservedHistory } from '../domain/observed-format';
import { observedSource } from '../evidence/registry';
import { provenanceOf } from '../evidence/record';
import { AboutRecord } from './AboutRecord';

const history = (extra: Record<string, unknown>) => ({ dates: ['2024-07-08', '2026-05-31'], packed: { dates: ['2024-07-08', '2026-05-31'], ...extra } }) as unknown as ObservedHistory;

describe('About the data', () => {
  it('shows source, licence, date range, and "—" for provenance an older file lacks', () => {
    const out = renderToStaticMarkup(<AboutRecord source={observedSource()} observed={history({})} lang="en" />);
    expect(out).toContain(observedSource().license.id);
    expect(out).toContain('8 July 2024 – 31 May 2026 (2 snapshots)');
    expect(out).toMatch(/data-testid="about-hash"><code>—<\/code>/);
    expect(out).toMatch(/data-testid="about-commit"><code>—<\/code>/);
  });

  it('shows the manifest hash and mirror commit when the packed file has them', () => {
    const out = renderToStaticMarkup(<AboutRecord source={observedSource()} observed={history({ provenance: { mirror: 'https://example.org/mirror', commit: 'abc123', manifest: 'f00d' } })} lang="uk" />);
    expect(out).toContain('abc123');
    expect(out).toContain('f00d');
    expect(out).toContain('https://example.org/mirror');
    expect(out).toContain('Ліцензія');
  });

  it('reads the provenance the importer writes; a record without one shows dashes', () => {
    expect(provenanceOf({ provenance: { mirror: 'https://example.org/m', commit: null, manifest: 'ab12' } })).toEqual({ mirror: 'https://example.org/m', commit: null, manifestHash: 'ab12' });
    expect(provenanceOf({})).toEqual({ mirror: null, commit: null, manifestHash: null });
    expect(provenanceOf(null)).toEqual({ mirror: null, commit: null, manifestHash: null });
  });
});
