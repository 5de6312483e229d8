-- every word of every division name, folded, so that a search by word prefix uses an index
CREATE TABLE countries.division_word (
    country VARCHAR(2) NOT NULL,
    word VARCHAR(100) NOT NULL,
    id VARCHAR(100) NOT NULL,
    PRIMARY KEY (country, word, id)
);
