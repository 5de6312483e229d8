-- training: enrolments, lessons read, quiz attempts, completions, and the training required before guarded actions
CREATE SCHEMA training;
CREATE TABLE training.enrolment (
    username VARCHAR(100) NOT NULL,
    module_id VARCHAR(64) NOT NULL,
    module_version VARCHAR(40) NOT NULL,
    enrolled_at TIMESTAMP NOT NULL,
    PRIMARY KEY (username, module_id)
);
CREATE TABLE training.lesson_read (
    username VARCHAR(100) NOT NULL,
    module_id VARCHAR(64) NOT NULL,
    lesson_id VARCHAR(64) NOT NULL,
    read_at TIMESTAMP NOT NULL,
    PRIMARY KEY (username, module_id, lesson_id)
);
CREATE TABLE training.attempt (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username VARCHAR(100) NOT NULL,
    module_id VARCHAR(64) NOT NULL,
    number INT NOT NULL,
    module_version VARCHAR(40) NOT NULL,
    submitted_at TIMESTAMP NOT NULL,
    score INT NOT NULL,
    passed BOOLEAN NOT NULL,
    UNIQUE (username, module_id, number)
);
CREATE TABLE training.completion (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username VARCHAR(100) NOT NULL,
    module_id VARCHAR(64) NOT NULL,
    module_version VARCHAR(40) NOT NULL,
    completed_at TIMESTAMP NOT NULL,
    score INT NOT NULL,
    attempt_id BIGINT NOT NULL REFERENCES training.attempt (id)
);
CREATE INDEX completion_user_idx ON training.completion (username, module_id, id);
CREATE TABLE training.requirement (
    action VARCHAR(100) NOT NULL,
    role VARCHAR(30) NOT NULL,
    module_id VARCHAR(64) NOT NULL,
    required_by VARCHAR(100) NOT NULL,
    required_at TIMESTAMP NOT NULL,
    PRIMARY KEY (action, role, module_id)
);
