"""What a reader sees: figures (``plots``), findings sentences, notebook tables, annotated
article pages, the write-up and the notebook runner (``report``)."""
