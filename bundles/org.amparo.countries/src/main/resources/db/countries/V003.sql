-- the whole screening.json of every pack revision (questions, flags, rules), kept after the pack is updated or removed,
-- and the order of each revision's questions
CREATE TABLE countries.screening (
    country VARCHAR(2) NOT NULL,
    revision VARCHAR(16) NOT NULL,
    definition ${blob} NOT NULL,
    PRIMARY KEY (country, revision)
);
ALTER TABLE countries.question ADD COLUMN ordinal_no INTEGER;
