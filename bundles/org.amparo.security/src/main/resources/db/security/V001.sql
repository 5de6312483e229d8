-- organisations, user accounts, roles, sessions and the first-start set-up secret
CREATE SCHEMA security;
CREATE TABLE security.organisation (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code VARCHAR(30) NOT NULL UNIQUE,
    name VARCHAR(200) NOT NULL,
    country VARCHAR(2) NOT NULL,
    demo BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE TABLE security.app_user (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username VARCHAR(64) NOT NULL UNIQUE,
    display_name VARCHAR(100) NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES security.organisation (id),
    password_hash VARCHAR(200) NOT NULL,
    enabled BOOLEAN NOT NULL,
    failed_attempts INTEGER NOT NULL,
    locked_until TIMESTAMP,
    language VARCHAR(35) NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX app_user_org_idx ON security.app_user (organisation_id);
CREATE TABLE security.user_role (
    user_id BIGINT NOT NULL REFERENCES security.app_user (id) ON DELETE CASCADE,
    role VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, role)
);
CREATE TABLE security.session (
    token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES security.app_user (id) ON DELETE CASCADE,
    csrf_token VARCHAR(64) NOT NULL,
    language VARCHAR(35) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX session_user_idx ON security.session (user_id);
CREATE INDEX session_expires_idx ON security.session (expires_at);
CREATE TABLE security.setup_secret (
    id INTEGER NOT NULL PRIMARY KEY,
    secret_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT setup_secret_single CHECK (id = 1)
);
