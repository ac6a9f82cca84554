// One palette for map, legend and exports. Every status also differs by pattern or shape,
// so no reading depends on telling red from green.
export const THEME = {
  background: '#dfe7ee',
  neighbour: '#f2f1ee',
  neighbourLine: '#b8bcc2',
  land: '#fbfaf7',
  oblastLine: '#7b8088',
  borderRu: '#374151',
  russianControlFill: '#7f1d1d',
  russianControlOpacity: 0.2,
  // Claims are outlines, hatches and markers on top; their fill is a light tint only, so the
  // observed area beneath stays readable (palettes.test.ts checks the contrasts).
  claimedFill: '#ef4444',
  claimedOpacity: 0.16,
  claimedLine: '#7f1d1d',
  hatch: '#991b1b',
  zone: '#9a3412',
  point: { claimed: '#a11d1d', disputed: '#b45309', denied: '#1d4ed8' },
  troops: '#111827',
  // The observed source's occupied area: a solid, muted slate fill drawn under every claim symbol.
  // Lighter than every claim red (greyscale), and bluish where the claims are red, so it stays apart
  // under deuteranopia and protanopia too (palettes.test.ts).
  observedFill: '#a3afbe',
  observedOpacity: 1,
  observedLine: '#5e6b7d',
  // Ground not shown as occupied (parts of a claimed oblast outside the observed area): dark teal outline and label.
  notOccupiedOutline: '#0f5f73',
  label: '#1f2937',
  halo: '#ffffff',
} as const;

export const FONT = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';
