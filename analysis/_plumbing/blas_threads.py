"""One BLAS thread per export process.

The parser's matrices are multiplied by numpy's BLAS (``measures.parsing``), and OpenBLAS
starts a thread per core by default. An export already runs one process per core it is
given (``--jobs``), so further threads would compete for the same cores, and an export on
one core would in truth use them all. Only processes given over to an export call this
(``export.pipeline.prepare_process``): a notebook's kernel keeps numpy's default. The number
of threads changes no result: every tag, head and label is the same with one thread or two
(``tests/test_parsing.py``).
"""

from __future__ import annotations


def one_blas_thread() -> None:
    """Limit every BLAS library loaded in this process to one thread (threadpoolctl, the
    library scikit-learn and joblib use for this)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
