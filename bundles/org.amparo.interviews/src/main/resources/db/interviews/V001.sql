-- screening interviews of cases, their answers, and the verification of indicator lists
CREATE SCHEMA interviews;
CREATE TABLE interviews.interview (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id BIGINT NOT NULL,
    status VARCHAR(12) NOT NULL,
    uses VARCHAR(4000) NOT NULL,
    person_language VARCHAR(35) NOT NULL,
    age_group VARCHAR(10) NOT NULL,
    started_by VARCHAR(100) NOT NULL,
    started_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    completed_by VARCHAR(100),
    completed_at TIMESTAMP,
    rerun_of BIGINT,
    rerun_reason VARCHAR(1000) NOT NULL,
    flags VARCHAR(2000) NOT NULL,
    indicative BOOLEAN NOT NULL,
    verified_lists VARCHAR(2000) NOT NULL
);
CREATE INDEX interview_case_idx ON interviews.interview (case_id);
CREATE TABLE interviews.answer (
    interview_id BIGINT NOT NULL REFERENCES interviews.interview (id),
    question_id VARCHAR(200) NOT NULL,
    status VARCHAR(10) NOT NULL,
    answer_values VARCHAR(8000) NOT NULL,
    PRIMARY KEY (interview_id, question_id)
);
CREATE TABLE interviews.list_verification (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    list_id VARCHAR(100) NOT NULL,
    verified BOOLEAN NOT NULL,
    note VARCHAR(1000) NOT NULL,
    decided_by VARCHAR(100) NOT NULL,
    decided_at TIMESTAMP NOT NULL
);
CREATE INDEX list_verification_list_idx ON interviews.list_verification (list_id, id);
