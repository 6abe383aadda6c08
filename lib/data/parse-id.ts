// Route parameters arrive as strings; only a positive 32-bit integer can name a row.
import { rowIdSchema } from '../claims/shapes';

export const idSchema = rowIdSchema;

export function parseId(raw: string): number | null {
  if (!/^\d+$/.test(raw)) return null;
  const result = idSchema.safeParse(raw);
  return result.success ? result.data : null;
}
