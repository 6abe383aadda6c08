-- The trigram index over passages' folded text was meant for words the segmenter cut
-- differently, but no query reads it (candidate retrieval goes by words and numbers), and it
-- was most of the cost of writing the index: every clause of every article updated it. Over the
-- synthetic corpus (5.3 million clauses) it made building the passage index several times slower.
DROP INDEX "passages_folded_idx";
