"""Records in, enriched records out: topics, reported metric numbers."""
