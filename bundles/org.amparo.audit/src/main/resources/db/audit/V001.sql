-- audit record: hash-chained entries and the head of the chain
CREATE SCHEMA audit;
CREATE TABLE audit.entry (
    seq BIGINT NOT NULL PRIMARY KEY,
    recorded_at TIMESTAMP NOT NULL,
    actor VARCHAR(100) NOT NULL,
    action VARCHAR(100) NOT NULL,
    target VARCHAR(200) NOT NULL,
    outcome VARCHAR(10) NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE', 'DENIED')),
    detail VARCHAR(500) NOT NULL,
    prev_hash VARCHAR(64) NOT NULL,
    hash VARCHAR(64) NOT NULL);
CREATE INDEX audit_entry_actor ON audit.entry (actor, seq);
CREATE INDEX audit_entry_action ON audit.entry (action, seq);
CREATE TABLE audit.head (
    id INTEGER NOT NULL PRIMARY KEY,
    last_seq BIGINT NOT NULL,
    last_hash VARCHAR(64) NOT NULL);
INSERT INTO audit.head (id, last_seq, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
