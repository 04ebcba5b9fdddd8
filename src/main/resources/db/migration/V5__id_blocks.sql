-- Ids in blocks of 1 000: a batch of 10 000 records and their 10 000 audit entries asks the sequences 20 times
-- instead of 400. Ids already handed out are all below the sequences' current values, so no id can come twice.
ALTER SEQUENCE dmp_creation_seq INCREMENT BY 1000;
ALTER SEQUENCE audit_entry_seq INCREMENT BY 1000;
