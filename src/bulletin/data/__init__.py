"""Reading and checking the editors' files: the kinds of file, YAML with positions, the documents' shapes, the checks, problems and their reports."""
