import type { IndicatorDef, ViewParams } from '../types';

/** Indicators of the validasi view (one file each in this folder). */
export const VALIDASI_INDICATORS: ReadonlyArray<IndicatorDef<ViewParams, unknown>> = [];
