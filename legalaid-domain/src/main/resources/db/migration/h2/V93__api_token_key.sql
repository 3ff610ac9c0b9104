-- The installation's token signing key: 256 bits from H2's SecureRandom, as 64 hexadecimal characters.
INSERT INTO api_token_key (id, secret) VALUES (1, RAWTOHEX(SECURE_RAND(32)));
