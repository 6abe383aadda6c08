// Integration tests hash passwords with scrypt's N = 16 instead of Better Auth's 16384
// (lib/auth/password-hash.ts): they check who may sign in, not how hard a stolen hash is to
// crack, and every sign-in runs scrypt (auth.test.ts signs in dozens of times). A CLI the
// tests spawn (users add) still hashes at the full cost, in its own process.
import { setPasswordHashCost } from '../../lib/auth/password-hash';

setPasswordHashCost(16);
