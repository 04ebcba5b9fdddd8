-- Every effective change: who, which client, when, under which request, to which entity and key, before and after.
CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id            BIGINT        NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(200)  NOT NULL,
    client_id     VARCHAR(200),
    request_id    VARCHAR(64)   NOT NULL,
    entity        VARCHAR(32)   NOT NULL,
    entity_key    VARCHAR(100)  NOT NULL,
    action        VARCHAR(10)   NOT NULL,
    before_value  VARCHAR(2000),
    after_value   VARCHAR(2000)
);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity, entity_key);
CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at);
CREATE INDEX audit_entry_request_idx ON audit_entry (request_id);
