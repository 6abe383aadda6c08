// A seam between the database driver and whoever watches the database's health: the Prisma
// adapter reports connection errors here, and the app server (lib/runtime/database-monitor.ts)
// listens. Kept on globalThis because Next bundles its own copy of this module, apart from the
// copy the server process loaded.
type Listener = (error: unknown) => void;

const slot = globalThis as unknown as { claimgridDatabaseErrorListener?: Listener };

export function onDatabaseError(listener: Listener | undefined): void {
  slot.claimgridDatabaseErrorListener = listener;
}

export function reportDatabaseError(error: unknown): void {
  slot.claimgridDatabaseErrorListener?.(error);
}
