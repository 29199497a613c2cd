/**
 * Value-level parsers and helpers for the source data contract: each parser takes one raw cell
 * and returns a `Parsed` value or an issue code (see ../errors). Kelurahan, KBJI and KBLI
 * parsers live in region.ts, kbji.ts and kbli.ts.
 */
export * from './result';
export * from './text';
export * from './csv';
export * from './dates';
export * from './numbers';
export * from './nik';
export * from './sex';
export * from './education';
export * from './booleans';
export * from './header';
export * from './skills';
export * from './mask';
