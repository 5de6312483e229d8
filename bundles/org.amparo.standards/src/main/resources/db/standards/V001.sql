-- standards library: its settings (a country administrator's switch that opens the library to
-- people without an account); the content itself is bundle data, not stored here
CREATE SCHEMA standards;
CREATE TABLE standards.setting (
    name VARCHAR(100) NOT NULL PRIMARY KEY,
    enabled BOOLEAN NOT NULL,
    changed_by VARCHAR(255) NOT NULL,
    changed_at TIMESTAMP NOT NULL
);
