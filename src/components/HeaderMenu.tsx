// The header's actions (embed, theme, language). On a phone they fold behind one button, with the
// subtitle, so the title takes one row and the map most of the first screen (app.css); elsewhere
// the button is not shown and the actions are always there.
import { useId, useState, type ReactNode } from 'react';

export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button type="button" className="header-menu-toggle" aria-expanded={open} aria-controls={id} data-testid="header-menu" onClick={() => setOpen((o) => !o)}>
        <span className="header-menu-icon" aria-hidden="true" />
        {label}
      </button>
      <div id={id} className="header-actions" data-open={open}>
        {children}
      </div>
    </>
  );
}
