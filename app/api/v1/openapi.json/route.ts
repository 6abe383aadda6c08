import { getPrisma } from '@/lib/db/prisma';
import { refuseBadToken } from '@/lib/http/api-read';
import { openApiDocument } from '@/lib/http/openapi';
import { jsonResponse } from '@/lib/http/problem';
import { otherMethods } from '@/lib/http/method-not-allowed';

export async function GET(request: Request) {
  const refused = await refuseBadToken(getPrisma(), request);
  if (refused) return refused;
  return jsonResponse(openApiDocument, { headers: { 'cache-control': 'public, max-age=300' } });
}

// Every other method answers 405 with Allow.
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET']);
