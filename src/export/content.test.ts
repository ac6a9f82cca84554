// Figure text (title, legend, credits) and export file names.
import { describe, expect, it } from 'vitest';
import { claimsAt } from '../domain/join';
import { exportFileName, figureText } from './content';
import { realDataset } from '../../tests/support/helpers';

const data = realDataset();

describe('figure text and file names', () => {
  it('titles the date, lists only the symbols shown and credits the sources of the date', () => {
    const en = figureText(claimsAt(data, '2025-07-08'), data.sources, 'en');
    expect(en.title).toBe('Russia’s territorial claims in Ukraine on 8 July 2025');
    expect(en.legend.map((l) => l.key)).toEqual(['fullClaim', 'annex', 'zone', 'assessedContested', 'troops', 'borderRu']);
    expect(en.credits[0]).toMatch(/^Sources: .*The Telegraph/);
    expect(en.credits[1]).toContain('Natural Earth');
    const uk = figureText(claimsAt(data, '2014-03-01'), data.sources, 'uk');
    expect(uk.title).toContain('березня 2014');
    expect(uk.credits[0]).toBe('На цю дату немає чинних заяв');
  });

  it('names files by date and scale', () => {
    expect(exportFileName('2025-07-01', 'png', 2)).toBe('territorial-control_2025-07-01_2x.png');
    expect(exportFileName('2025-07-01', 'svg')).toBe('territorial-control_2025-07-01.svg');
    expect(exportFileName('2025-07-01', 'csv')).toBe('territorial-status_2025-07-01.csv');
    expect(exportFileName('2025-07-01', 'geojson')).toBe('territorial-claims_2025-07-01.geojson');
  });
});
