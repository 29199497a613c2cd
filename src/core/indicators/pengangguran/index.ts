import type { IndicatorDef, ViewParams } from '../types';

/** Indicators of the pengangguran view (one file each in this folder). */
export const PENGANGGURAN_INDICATORS: ReadonlyArray<IndicatorDef<ViewParams, unknown>> = [];
