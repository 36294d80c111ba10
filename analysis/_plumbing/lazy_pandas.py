"""pandas, imported when it is first used instead of when a module that uses it is imported.

The export's per-article work (planning the corpus, every measure, the CSV tables) needs no
pandas, and importing it takes about half a second, which ``python -m analysis export``
would otherwise pay at every start. The modules on that path write
``from .lazy_pandas import pd`` and use ``pd`` as usual: the first attribute read
(``pd.DataFrame``) imports pandas.
"""

from __future__ import annotations

import importlib
from typing import Any


class _PandasOnFirstUse:
    def __getattr__(self, name: str) -> Any:
        return getattr(importlib.import_module("pandas"), name)


pd: Any = _PandasOnFirstUse()
