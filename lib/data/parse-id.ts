// Route parameters arrive as strings; only a positive 32-bit integer can name a row.
import { z } from 'zod';

export const idSchema = z.coerce.number().int().positive().max(2_147_483_647);

export function parseId(raw: string): number | null {
  if (!/^\d+$/.test(raw)) return null;
  const result = idSchema.safeParse(raw);
  return result.success ? result.data : null;
}
