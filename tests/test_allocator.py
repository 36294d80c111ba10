"""The export's allocator setting: freed blocks stay in the process instead of being faulted
in again by the next batch."""

import platform
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]

# The pattern of a parse batch: large arrays made and dropped again and again, after one
# larger block has raised glibc's adaptive thresholds.
BATCHES = """
import resource, sys
import numpy as np
if sys.argv[1] == "keep":
    from analysis._plumbing.allocator import keep_freed_memory
    assert keep_freed_memory()
np.ones(20 * 2**20 // 8)
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(20):
    blocks = [np.ones(19 * 2**20 // 8) for _ in range(3)]
    del blocks
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def page_faults(setting: str) -> int:
    run = subprocess.run([sys.executable, "-c", BATCHES, setting], cwd=PROJECT,
                         capture_output=True, text=True, check=True)
    return int(run.stdout)


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="the setting exists in glibc only")
def test_freed_blocks_are_kept_instead_of_faulted_in_again():
    # On this machine: about 36,000 page faults with the defaults, 1,300 with the setting.
    assert page_faults("keep") * 10 < page_faults("default")


def test_other_c_libraries_are_left_alone(monkeypatch):
    from analysis._plumbing import allocator

    monkeypatch.setattr(allocator.platform, "libc_ver", lambda: ("", ""))
    assert allocator.keep_freed_memory() is False
