// Colour scales: one object per scale, read by the heat map, the contours and the legend alike.
//
//   const scale = sequential({ values, scheme: 'viridis', spacing: 'quantile' });
//   const curl = diverging({ values: curlValues });          // [−m, m], 0 in the middle
//   scale.rgb(v, pixels, 4 * i);  scale.levels;  scale.ticks;  scale.describe
export { sequential, type SequentialOptions, type SequentialScheme } from './sequential';
export { diverging, type DivergingOptions, type DivergingScheme } from './diverging';
export { LUT_SIZE, SPACING_WORDS, rangeText, type ColorScale, type GradientStop, type LegendTick, type Spacing } from './scale';
export { finiteExtent, levelFraction, linearLevels, logLevels, positiveExtent, quantileLevels, robustExtent, type Extent } from './levels';
export { tickText } from './tick-format';
