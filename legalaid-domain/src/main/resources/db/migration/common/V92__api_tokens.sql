-- Issue 19: API clients exchange their credentials once for a short-lived signed token
-- (org.legalaid.organisation.ApiToken) instead of paying a password hash on every call.

-- The generation of tokens an account accepts: revocation, a password change or reset and
-- deactivation move it on, and a token of an older generation is refused.
ALTER TABLE staff_account ADD COLUMN token_version INTEGER DEFAULT 0 NOT NULL;

-- The installation's signing key (HMAC-SHA256), one row. It is generated in the database by the
-- dialect's V93 when the schema is created, so it is never in the sources, differs per installation
-- and is the same for every node of a cluster. Replacing it (UPDATE … SET secret = …) voids every
-- token issued so far.
CREATE TABLE api_token_key (
    id     INTEGER     NOT NULL,
    secret VARCHAR(200) NOT NULL,
    CONSTRAINT pk_api_token_key PRIMARY KEY (id),
    CONSTRAINT ck_api_token_key_one CHECK (id = 1),
    CONSTRAINT ck_api_token_key_length CHECK (LENGTH(secret) >= 64)
);
