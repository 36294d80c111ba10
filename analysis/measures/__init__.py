"""The measures: what each sentence, paragraph or article says and how (tone, readability, actors,
blame, quotations, sourcing, framing, keyness), each reading the corpus tables and the
dictionaries of ``dictionaries``. See ``analysis/__init__.py`` for one line per module."""
