"""Article search: the cleaned text of every article in a full-text index beside the store."""
