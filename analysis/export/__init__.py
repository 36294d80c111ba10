"""``python -m analysis``: the command line (``cli``), the per-article pipeline and export loop
(``pipeline``), where articles are analysed (``engines``), the table writers (``sinks``) and the
manifest (``manifest``)."""
