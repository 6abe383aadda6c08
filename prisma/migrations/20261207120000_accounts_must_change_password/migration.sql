-- An admin's reset gives a one-time password: the account must choose its own before it may do
-- anything else (lib/auth/actor.ts refuses every permission, lib/auth/session.ts sends pages to
-- /account). Cleared when the user changes the password (lib/auth/auth.ts).
ALTER TABLE "users" ADD COLUMN "must_change_password" BOOLEAN NOT NULL DEFAULT false;
