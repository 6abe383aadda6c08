// The claim table: one module for the view's SQL (view-sql.ts), its rows (load-claim-rows.ts),
// its count and totals (find-view-totals.ts, cached per view by view-cache.ts) and the page of
// a view (find-claim-table.ts). The grid, the API, the exports and the outlet record call these
// functions; nothing outside this folder uses its SQL.
export { findClaimTable, chooseColumns, type ClaimTableDto, type ClaimTableOptions } from './find-claim-table';
export { findClaims, type FindClaimsOptions } from './find-claims';
export { findClaimTableTotals } from './find-view-totals';
export { loadClaimGridRows, loadClaimRows, type GridRows, type RowsPage } from './load-claim-rows';
export { clearViewCache, createVersionedStore, readViewVersion, type VersionedStore } from './view-cache';
