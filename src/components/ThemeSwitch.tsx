// The theme control in the header: light, dark or follow the system (written to ?theme=).
import { useId } from 'react';
import { useApp } from '../state/store';
import { THEMES, type ThemeChoice } from '../state/url-view';
import { COMPARE_STRINGS } from '../i18n/compare';

export function ThemeSwitch() {
  const lang = useApp((s) => s.lang);
  const theme = useApp((s) => s.theme) ?? 'light';
  const setTheme = useApp((s) => s.setTheme);
  const id = useId();
  const t = COMPARE_STRINGS[lang];
  return (
    <span className="theme-switch">
      <label htmlFor={id}>{t.theme}</label>
      <select id={id} data-testid="theme-select" value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
        {THEMES.map((k) => (
          <option key={k} value={k}>
            {t.themes[k]}
          </option>
        ))}
      </select>
    </span>
  );
}
