// A one-time password an admin hands to a user after a reset: 20 characters from 15 random
// bytes (120 bits), in groups of five so it can be read out and typed. Pure.
import { randomBytes } from 'node:crypto';

// No 0/O, 1/l/I: it is read off a screen and typed by someone else.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function generateOneTimePassword(): string {
  const bytes = randomBytes(40);
  const chars: string[] = [];
  // Rejection sampling keeps every character equally likely (256 is not a multiple of 56).
  const limit = 256 - (256 % ALPHABET.length);
  for (const byte of bytes) {
    if (byte >= limit) continue;
    chars.push(ALPHABET[byte % ALPHABET.length]!);
    if (chars.length === 20) break;
  }
  if (chars.length < 20) return generateOneTimePassword();
  return [0, 5, 10, 15].map((at) => chars.slice(at, at + 5).join('')).join('-');
}
