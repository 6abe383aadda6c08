import { openApiDocument } from '@/lib/http/openapi';
import { jsonResponse } from '@/lib/http/problem';

export function GET() {
  return jsonResponse(openApiDocument, { headers: { 'cache-control': 'public, max-age=300' } });
}
