-- people table for the migration test
CREATE SCHEMA ptest;
CREATE TABLE ptest.item (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name VARCHAR(50) NOT NULL UNIQUE,
    created_at TIMESTAMP
);
