// The export formats by name: media type, file extension, and the formatter that writes
// each. The API route, the CLI and the tests all pick formats from here.
import { ANNOTATION_MEDIA_TYPE, formatAnnotations } from './annotations';
import { formatClaimReview } from './claim-review';
import { formatCsv } from './csv';
import { formatJson } from './json';
import { formatMarkdown } from './markdown';
import type { ExportData } from './types';

export const EXPORT_FORMATS = ['csv', 'json', 'md', 'claimreview', 'annotations', 'dump'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** Formats of the claim data; `dump` is the whole database and is written elsewhere. */
export type ClaimExportFormat = Exclude<ExportFormat, 'dump'>;

export const FORMAT_INFO: Record<ExportFormat, { contentType: string; extension: string }> = {
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  json: { contentType: 'application/json', extension: 'json' },
  md: { contentType: 'text/markdown; charset=utf-8', extension: 'md' },
  claimreview: { contentType: 'application/ld+json', extension: 'jsonld' },
  annotations: { contentType: ANNOTATION_MEDIA_TYPE, extension: 'jsonld' },
  dump: { contentType: 'application/json', extension: 'json' },
};

/** claimgrid-csv-2025-01-31.csv */
export function exportFilename(format: ExportFormat, date: Date): string {
  return `claimgrid-${format}-${date.toISOString().slice(0, 10)}.${FORMAT_INFO[format].extension}`;
}

const FORMATTERS: Record<ClaimExportFormat, (data: ExportData) => AsyncGenerator<string>> = {
  csv: formatCsv,
  json: formatJson,
  md: formatMarkdown,
  claimreview: formatClaimReview,
  annotations: formatAnnotations,
};

export function formatExport(format: ClaimExportFormat, data: ExportData): AsyncGenerator<string> {
  return FORMATTERS[format](data);
}
