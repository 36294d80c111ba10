"""Keep the C allocator from giving memory back to the system after every batch of parses.

spaCy's models allocate and free arrays of several megabytes for every batch of sentences.
With its adaptive defaults, glibc's malloc hands the freed top of its heap back to the kernel
whenever more than twice the largest recent block is free, then takes it again for the next
batch, and the kernel faults in and zeroes every page anew: about 300,000 page faults and a
tenth of the time of an export of 40 articles (``benchmarks/RESULTS.md``). A trim threshold of
64 MiB keeps that memory in the process (the peak grows by about 4 MB). Setting either
threshold turns glibc's adaptive ones off, so the mmap threshold is set too, to 32 MiB, the
ceiling glibc's adaptation would reach itself.

Only processes given over to an export call this (``export.pipeline.prepare_process``): a
notebook's kernel keeps the defaults. Only glibc has these settings; elsewhere it does nothing.
"""

from __future__ import annotations

import ctypes
import platform

# mallopt's parameter numbers, from glibc's malloc.h.
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
TRIM_THRESHOLD_BYTES = 64 * 1024 * 1024
MMAP_THRESHOLD_BYTES = 32 * 1024 * 1024


def keep_freed_memory() -> bool:
    """Raise glibc's trim and mmap thresholds for this process; True if both were set
    (False on any other C library)."""
    if platform.libc_ver()[0] != "glibc":
        return False
    mallopt = ctypes.CDLL(None).mallopt
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES)
                and mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD_BYTES))
