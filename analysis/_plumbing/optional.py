"""Optional dependencies, imported on first use, with a one-line hint when they are missing."""

from __future__ import annotations

import importlib
from types import ModuleType


class MissingDependency(Exception):
    """An optional dependency that a requested feature needs is not installed."""


def require(module: str, feature: str, extra: str, package: str) -> ModuleType:
    """Import ``module`` for ``feature``, or raise ``MissingDependency`` saying how to install
    it: the project's optional ``extra``, or ``package`` on its own."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingDependency(
            f"{feature} needs {package}, which is not installed; install it with "
            f"`pip install '.[{extra}]'` in the project folder (or `pip install '{package}'`)"
        ) from None
