/**
 * Colours for charts and maps. Categorical colours follow the Okabe–Ito set, which stays
 * distinguishable for the common forms of colour-blindness; the sequential ramp is a single-hue
 * blue from light to dark (lightness alone carries the order, so it also prints in grey).
 */
export const COLOURS = {
  blue: '#0072B2',
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  vermillion: '#D55E00',
  ink: '#1f2933',
  muted: '#6b7280',
  grid: '#e5e7eb',
} as const;

/** Five-class sequential blues, light to dark. */
export const SEQUENTIAL_BLUES = ['#deebf5', '#b3cfe6', '#7bacd4', '#3f82bb', '#0d4d86'] as const;

/** Fill for areas without a value. */
export const NO_DATA_FILL = '#f3f4f6';
