-- module switches: one row per module that was ever switched
CREATE SCHEMA modules;
CREATE TABLE modules.module_state (
    module_id VARCHAR(64) NOT NULL PRIMARY KEY,
    enabled BOOLEAN NOT NULL,
    changed_at TIMESTAMP NOT NULL,
    changed_by VARCHAR(100) NOT NULL
);
