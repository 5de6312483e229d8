-- name keys of algorithm amparo-names-2 (whole-name keys, and those with the year of birth): an
-- installation that already has persons but no whole-name key is queued for a re-key, which
-- NameKeyRekey does in the background, a batch of persons a transaction, after the start
CREATE TABLE cases.name_key_rekey (
    algorithm VARCHAR(100) NOT NULL PRIMARY KEY,
    next_person BIGINT NOT NULL
);
INSERT INTO cases.name_key_rekey (algorithm, next_person)
SELECT 'amparo-names-2', p.id FROM cases.person p
WHERE p.id = (SELECT MIN(id) FROM cases.person)
AND NOT EXISTS (SELECT 1 FROM cases.name_key k WHERE k.name_key LIKE 'n:%');
