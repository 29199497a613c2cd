import type { IndicatorDef, ViewParams } from '../types';

/** Indicators of the kemiskinan view (one file each in this folder). */
export const KEMISKINAN_INDICATORS: ReadonlyArray<IndicatorDef<ViewParams, unknown>> = [];
