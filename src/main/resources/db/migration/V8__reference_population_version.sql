-- One value that every write of reference_population changes, in its own transaction: a replica keeps the figures in
-- memory and reads only this value on each coverage read, so a figure set through another replica is seen by the
-- next read everywhere. The value is random, not a counter: a transaction that changed it and was rolled back must
-- not leave behind a value that a later write could take again.
CREATE TABLE reference_population_version (
    id      INTEGER NOT NULL PRIMARY KEY,
    version BIGINT  NOT NULL
);

INSERT INTO reference_population_version (id, version) VALUES (1, 0);
