-- itest referral module: one row per visit recorded through its API, to show data outlives a switch
CREATE SCHEMA itest_referral;
CREATE TABLE itest_referral.visit (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    visitor VARCHAR(100) NOT NULL,
    visited_at TIMESTAMP NOT NULL
);
