-- The installation's token signing key: 64 hexadecimal characters from two random UUIDs
-- (gen_random_uuid() draws from PostgreSQL's cryptographically strong generator: 244 random bits).
INSERT INTO api_token_key (id, secret)
VALUES (1, replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', ''));
