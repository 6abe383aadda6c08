-- The passage index's GIN indexes (words, numbers) take new entries straight into the index
-- instead of GIN's pending list. With the default fastupdate, every import appended to a pending
-- list of up to gin_pending_list_limit (4 MB) that each candidate query then read in full: on the
-- synthetic corpus the word lookup of a claim took about 200 ms whatever it found, against a
-- few ms once the list was flushed. An import now writes a few thousand GIN entries directly
-- (tens of ms); a full build drops and recreates these indexes (lib/data/backfill-passage-index.ts).
ALTER INDEX "passages_words_idx" SET (fastupdate = off);
ALTER INDEX "passages_numbers_idx" SET (fastupdate = off);
-- what earlier imports left in the pending lists goes into the indexes now
SELECT gin_clean_pending_list('passages_words_idx'::regclass);
SELECT gin_clean_pending_list('passages_numbers_idx'::regclass);
