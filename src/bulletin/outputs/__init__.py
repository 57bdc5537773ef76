"""Files beside the pages: the feed, open data, charts, search indexes, share images."""
