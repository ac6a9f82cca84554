// Strings for the age of a claim's last report ("last report 10 August 2025, 16 months earlier").
// Plural forms are keyed by Intl.PluralRules categories; {n} is the formatted count.
import type { Lang } from '../i18n/format';
import type { PluralForms as Plural } from '../i18n/plural';

export interface ReportAgeStrings {
  line: string;
  sameDay: string;
  day: Plural;
  month: Plural;
  year: Plural;
}

export const REPORT_AGE_STRINGS: Record<Lang, ReportAgeStrings> = {
  en: {
    line: 'last report {date}, {age}',
    sameDay: 'on this day',
    day: { one: '{n} day earlier', other: '{n} days earlier' },
    month: { one: '{n} month earlier', other: '{n} months earlier' },
    year: { one: '{n} year earlier', other: '{n} years earlier' },
  },
  uk: {
    line: 'останнє повідомлення {date}, {age}',
    sameDay: 'цього ж дня',
    day: { one: 'на {n} день раніше', few: 'на {n} дні раніше', many: 'на {n} днів раніше', other: 'на {n} дня раніше' },
    month: { one: 'на {n} місяць раніше', few: 'на {n} місяці раніше', many: 'на {n} місяців раніше', other: 'на {n} місяця раніше' },
    year: { one: 'на {n} рік раніше', few: 'на {n} роки раніше', many: 'на {n} років раніше', other: 'на {n} року раніше' },
  },
};
