-- Failed sign-ins per account (lower-cased email), for the per-account sign-in limit: it
-- holds across app instances because it lives here, whatever address the attempts come from.
CREATE TABLE "sign_in_failures" (
    "email" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sign_in_failures_pkey" PRIMARY KEY ("email")
);

CREATE INDEX "sign_in_failures_window_start_idx" ON "sign_in_failures"("window_start");
