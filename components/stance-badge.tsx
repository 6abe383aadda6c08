// Stance badges are a client leaf (stance-badge-client.tsx); server and client code import them here.
export { StanceBadge } from './stance-badge-client';
