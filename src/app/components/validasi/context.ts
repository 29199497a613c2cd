import type { ViewParams } from '../../../core/indicators/types';
import type { ViewState } from '../../state/useViewParams';

/** What every card of the validasi view needs to know about the current state. */
export interface ValidasiContext {
  view: ViewState;
  /** Period and area only: this view has no category selections. */
  params: ViewParams;
  /** Level of the breakdown rows: the city's kecamatan, or the kelurahan of the chosen kecamatan. */
  level: 'kecamatan' | 'kelurahan';
  /** Name of the chosen area (city, kecamatan or kelurahan) and of the parent of the breakdown rows. */
  areaName: string;
  parentName: string;
  /** "Oktober 2026". */
  monthText: string;
  /** Drill by a breakdown row: a kecamatan is chosen; a kelurahan is chosen, or unchosen when it already is. */
  select(kode: string): void;
}
