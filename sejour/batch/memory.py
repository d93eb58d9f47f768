"""Keeping freed memory for the next chunk.

Each chunk allocates and frees a few hundred MB of arrays of ~1 MB. With glibc's defaults,
blocks of that size are mapped and unmapped (or trimmed) one by one, so the next chunk pays
the kernel again for fresh zeroed pages: measured on 5 chunks of 200,000 rows, ~290,000 page
faults and 0.8-0.95 s of system time, against ~60,000 and 0.25 s once freed memory is kept.
Peak memory is unchanged (the same arrays are alive at the peak). Other C libraries: nothing
is done."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools

M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3
MMAP_ABOVE = 32 * 1024 * 1024  # glibc's largest allowed threshold on 64-bit systems
TRIM_ABOVE = 1024 * 1024 * 1024


@functools.cache
def keep_freed_memory() -> bool:
    """Ask glibc to serve arrays below 32 MB from its heap and to keep up to 1 GB freed there;
    True when it was done (once per process)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_ABOVE)) and bool(mallopt(M_TRIM_THRESHOLD, TRIM_ABOVE))
