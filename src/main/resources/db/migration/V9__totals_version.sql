-- One number that every transaction changing the totals tables moves by one, just before it commits: a replica keeps
-- the answers of its totals reads while the number stands, and reads only this row to know whether it still does. A
-- counter is safe here, unlike the random value of V8: no read in a transaction that changed the totals is kept, so a
-- number moved by a transaction that was rolled back was never seen by a kept answer.
CREATE TABLE totals_version (
    id      INTEGER NOT NULL PRIMARY KEY,
    version BIGINT  NOT NULL
);

INSERT INTO totals_version (id, version) VALUES (1, 0);
