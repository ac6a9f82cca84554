// An event's quote: verbatim text in quotation marks, or a publication's reported speech shown as
// such (no quotation marks, labelled), so a paraphrase is never presented as someone's words.
import type { ClaimEvent } from '../domain';
import type { Lang } from '../i18n/format';
import { STRINGS } from '../i18n/strings';

export function Quote({ event, lang }: { event: Pick<ClaimEvent, 'quote' | 'quote_lang' | 'quote_kind'>; lang: Lang }) {
  if (event.quote_kind === 'paraphrase') {
    return (
      <p className="quote paraphrase" data-quote-kind="paraphrase">
        <span className="paraphrase-label">{STRINGS[lang].paraphrase}: </span>
        <span lang={event.quote_lang}>{event.quote}</span>
      </p>
    );
  }
  return <blockquote lang={event.quote_lang} data-quote-kind="verbatim">“{event.quote}”</blockquote>;
}
