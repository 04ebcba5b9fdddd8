-- Whole files of records imported as jobs (POST /api/v1/imports): the file waits on disk, the row says where the job
-- stands. The submitter's identity is kept so that the worker writes with the same rights as the submitter had.
CREATE SEQUENCE import_job_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE import_job (
    id                BIGINT        NOT NULL PRIMARY KEY,
    status            VARCHAR(10)   NOT NULL,
    format            VARCHAR(10)   NOT NULL,
    charset           VARCHAR(40),
    atomic            BOOLEAN       NOT NULL,
    dry_run           BOOLEAN       NOT NULL,
    file_path         VARCHAR(1000) NOT NULL,
    submitted_by      VARCHAR(200)  NOT NULL,
    client_id         VARCHAR(200),
    submitter_admin   BOOLEAN       NOT NULL,
    submitter_regions VARCHAR(500)  NOT NULL,
    submitted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE,
    ended_at          TIMESTAMP WITH TIME ZONE,
    attempts          INTEGER       NOT NULL,
    cancel_requested  BOOLEAN       NOT NULL,
    bytes_total       BIGINT        NOT NULL,
    bytes_read        BIGINT        NOT NULL,
    lines_read        BIGINT        NOT NULL,
    created           BIGINT        NOT NULL,
    updated           BIGINT        NOT NULL,
    unchanged         BIGINT        NOT NULL,
    rejected          BIGINT        NOT NULL,
    errors            VARCHAR(100000) NOT NULL,
    warnings          VARCHAR(100000) NOT NULL,
    message           VARCHAR(2000),
    audit_request_id  VARCHAR(64)
);
CREATE INDEX import_job_status_idx ON import_job (status, id);
CREATE INDEX import_job_submitted_idx ON import_job (submitted_at);
