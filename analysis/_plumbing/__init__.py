"""Private helpers shared by the package: term and pattern matching, atomic writes, pandas on
first use, optional dependencies, and the project's folders. Not part of the public API."""
