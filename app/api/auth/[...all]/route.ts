// Better Auth's HTTP endpoints (sign-in, sign-out, session), rate limited by Better Auth.
import { toNextJsHandler } from 'better-auth/next-js';
import { getAuth } from '@/lib/auth/config';
import { otherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return toNextJsHandler(getAuth()).GET(request);
}

export async function POST(request: Request) {
  return toNextJsHandler(getAuth()).POST(request);
}

// Every other method answers 405 with Allow.
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET', 'POST']);
