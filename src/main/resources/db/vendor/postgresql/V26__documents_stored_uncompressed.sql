-- Uploaded PDFs, PNGs and JPEGs are compressed already: PostgreSQL's attempt to compress each
-- one again only spends CPU while a society waits for its upload. Stored out of line, as is.
ALTER TABLE application_document ALTER COLUMN content SET STORAGE EXTERNAL;
ALTER TABLE objection ALTER COLUMN attachment SET STORAGE EXTERNAL;
