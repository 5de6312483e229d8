-- country packs: which pack revision is stored, its divisions, and the national questions of every revision
CREATE SCHEMA countries;
CREATE TABLE countries.pack (
    code VARCHAR(2) NOT NULL PRIMARY KEY,
    symbolic_name VARCHAR(255) NOT NULL,
    version VARCHAR(100) NOT NULL,
    revision VARCHAR(16) NOT NULL,
    active BOOLEAN NOT NULL,
    changed_at TIMESTAMP NOT NULL
);
CREATE TABLE countries.division (
    country VARCHAR(2) NOT NULL,
    id VARCHAR(100) NOT NULL,
    parent_id VARCHAR(100),
    level_no INTEGER NOT NULL,
    name VARCHAR(300) NOT NULL,
    other_names VARCHAR(4000) NOT NULL,
    ancestors VARCHAR(4000) NOT NULL,
    search_text VARCHAR(4000) NOT NULL,
    revision VARCHAR(16) NOT NULL,
    withdrawn BOOLEAN NOT NULL,
    PRIMARY KEY (country, id)
);
CREATE INDEX division_parent_idx ON countries.division (country, parent_id);
CREATE TABLE countries.question (
    country VARCHAR(2) NOT NULL,
    revision VARCHAR(16) NOT NULL,
    question_id VARCHAR(100) NOT NULL,
    definition VARCHAR(8000) NOT NULL,
    PRIMARY KEY (country, revision, question_id)
);
CREATE TABLE countries.question_text (
    country VARCHAR(2) NOT NULL,
    revision VARCHAR(16) NOT NULL,
    language VARCHAR(35) NOT NULL,
    text_key VARCHAR(200) NOT NULL,
    content VARCHAR(4000) NOT NULL,
    PRIMARY KEY (country, revision, language, text_key)
);
