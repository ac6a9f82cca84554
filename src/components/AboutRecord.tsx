// About/credits for the observed record: who publishes it, its licence, what the layer means and who
// assesses it, when a snapshot is taken, the days it covers and, when the packed file carries them,
// the mirror, its commit and the manifest's hash ("—" when the file predates them).
import type { ObservedHistory } from '../domain/observed-format';
import { formatDate, formatNumber, type Lang } from '../i18n/format';
import { RECORD_STRINGS } from '../i18n/record';
import { fillTemplate } from '../i18n/template';
import { provenanceOf } from '../evidence/record';
import type { SourceManifest } from '../evidence/types';

export function AboutRecord({ source, observed, lang }: { source: SourceManifest; observed: ObservedHistory | null; lang: Lang }) {
  const t = RECORD_STRINGS[lang].about;
  const p = observed ? provenanceOf(observed.packed) : null;
  const dates = observed?.dates ?? [];
  return (
    <details className="about-record" data-testid="about-record" data-source={source.id}>
      <summary>{t.title}</summary>
      <dl className="kv">
        <dt>{t.source}</dt>
        <dd><a href={source.publisher.url} target="_blank" rel="noopener noreferrer">{source.publisher.name}</a> ({source.name})</dd>
        <dt>{t.licence}</dt>
        <dd data-testid="about-licence">{source.license.id} (<a href={source.license.url} target="_blank" rel="noopener noreferrer">{t.licenceText}</a>; <code>{source.license.textFile}</code>)</dd>
        <dt>{t.meaning}</dt>
        <dd>{source.meaning[lang]}</dd>
        <dt>{t.assessor}</dt>
        <dd>{source.assessor[lang]}</dd>
        <dt>{t.snapshot}</dt>
        <dd>{source.snapshot.timeOfDay} {source.snapshot.timeZone}: {source.snapshot.note[lang]}</dd>
        <dt>{t.range}</dt>
        <dd data-testid="about-range">
          {dates.length
            ? fillTemplate(t.rangeValue, { from: formatDate(dates[0]!, 'day', lang), to: formatDate(dates.at(-1)!, 'day', lang), count: formatNumber(dates.length, lang) })
            : observed ? t.none : t.notIncluded}
        </dd>
        <dt>{t.mirror}</dt>
        <dd>{p?.mirror ?? source.mirror?.url ?? t.none}</dd>
        <dt>{t.commit}</dt>
        <dd data-testid="about-commit"><code>{p?.commit ?? t.none}</code></dd>
        <dt>{t.hash}</dt>
        <dd data-testid="about-hash"><code>{p?.manifestHash ?? t.none}</code></dd>
      </dl>
    </details>
  );
}
