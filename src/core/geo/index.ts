/**
 * Map geometry for snapshots: official (from a boundaries file) or schematic (from label points).
 */
export { geometryFromBoundaries } from './boundaries';
export { schematicGeometry, extentOutline } from './schematic';
export { BoundariesError, type GeometryResult, type KelurahanProps, type KecamatanProps } from './types';
