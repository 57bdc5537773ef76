"""Vietnamese as the bulletin writes it: normalisation, slugs, collation, numbers and dates, line breaks."""
