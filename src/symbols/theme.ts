// One palette for map, legend and exports. Every status also differs by pattern or shape,
// so no reading depends on telling red from green.
export const THEME = {
  background: '#dfe7ee',
  neighbour: '#f2f1ee',
  neighbourLine: '#b8bcc2',
  land: '#fbfaf7',
  oblastLine: '#7b8088',
  borderRu: '#374151',
  heldFill: '#7f1d1d',
  heldOpacity: 0.62,
  claimedFill: '#ef4444',
  claimedOpacity: 0.42,
  claimedLine: '#7f1d1d',
  hatch: '#991b1b',
  zone: '#c2410c',
  point: { claimed: '#b91c1c', disputed: '#b45309', denied: '#1d4ed8' },
  troops: '#111827',
  // DeepState's observed occupied area: grey-violet fill, solid outline (distinct from claim reds).
  observedFill: '#6d5f8c',
  observedOpacity: 0.42,
  observedLine: '#3f3458',
  // Held ground (parts of a claimed oblast outside the observed area): dark teal outline and label.
  heldGroundLine: '#0f5f73',
  label: '#1f2937',
  halo: '#ffffff',
} as const;

export const FONT = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';
