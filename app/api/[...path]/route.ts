// Any /api address no route handles answers with a JSON problem, not the HTML 404 page.
import { problemResponse } from '@/lib/http/problem';

export const dynamic = 'force-dynamic';

function notFound(request: Request) {
  return problemResponse(404, `No API endpoint at ${new URL(request.url).pathname}.`);
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
