import type { IndicatorDef, ViewParams } from '../types';

/** Indicators of the kesenjangan view (one file each in this folder). */
export const KESENJANGAN_INDICATORS: ReadonlyArray<IndicatorDef<ViewParams, unknown>> = [];
