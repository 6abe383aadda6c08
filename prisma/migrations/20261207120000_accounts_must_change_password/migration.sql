-- An admin's reset gives a one-time password: the account must choose its own before it may do
-- anything else (lib/auth/actor.ts refuses every permission, lib/auth/session.ts sends pages to
-- /account). Cleared when the user changes the password (lib/auth/auth.ts).
ALTER TABLE "users" ADD COLUMN "must_change_password" BOOLEAN NOT NULL DEFAULT false;

-- A dump written before this column existed restores its users with NULL here
-- (json_populate_recordset fills missing keys with NULL): read that as "no change asked".
-- BEFORE ROW triggers run before the NOT NULL check.
CREATE FUNCTION "users_must_change_password_default"() RETURNS trigger AS $$
BEGIN
    NEW."must_change_password" := coalesce(NEW."must_change_password", false);
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "users_must_change_password_default" BEFORE INSERT ON "users"
    FOR EACH ROW EXECUTE FUNCTION "users_must_change_password_default"();
