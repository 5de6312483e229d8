-- binary content in the portable type word
CREATE TABLE ptest.content (
    id INTEGER NOT NULL PRIMARY KEY,
    data ${blob} NOT NULL
);
