import { DuckDBTypeId, type DuckDBType } from '@duckdb/node-api';

/**
 * One @duckdb/node-api result value in the shape the browser client gives
 * (src/app/db/arrow-rows.ts): integers and decimals as numbers, DATE as 'YYYY-MM-DD', TIMESTAMP as
 * an ISO string, lists as arrays. Used for the overview preview and by the Node test helpers, so
 * rows computed in Node compare directly with rows on screen.
 */
export function plainValue(v: unknown, type: DuckDBType): unknown {
  if (v === null || v === undefined) return null;
  switch (type.typeId) {
    case DuckDBTypeId.DATE:
      return (v as Date).toISOString().slice(0, 10);
    case DuckDBTypeId.TIMESTAMP:
    case DuckDBTypeId.TIMESTAMP_S:
    case DuckDBTypeId.TIMESTAMP_MS:
    case DuckDBTypeId.TIMESTAMP_NS:
    case DuckDBTypeId.TIMESTAMP_TZ:
      return (v as Date).toISOString();
    case DuckDBTypeId.LIST:
    case DuckDBTypeId.ARRAY:
      return (v as unknown[]).map((x) => plainValue(x, (type as unknown as { valueType: DuckDBType }).valueType));
    default:
      return typeof v === 'bigint' ? Number(v) : v;
  }
}
