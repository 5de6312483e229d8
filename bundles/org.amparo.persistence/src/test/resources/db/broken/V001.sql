-- first statement works, second fails: the whole migration must roll back
CREATE SCHEMA broken;
CREATE TABLE broken.t (id INTEGER);
CREATE TABLE broken.t (id INTEGER);
