"""What a batch run loads before its first row.

pyarrow imports pandas the first time it is given a Python list or a numpy array (to ask
whether it is a pandas object), and a batch never uses pandas: measured, pandas was a third
of the command's imports (0.27 s of 0.83 s, `python -X importtime -m sejour batch ...`), paid
on the critical path before the workers start. `without_pandas()` makes `import pandas` fail
for the duration of a local batch run (processes forked meanwhile inherit it), so pyarrow
answers "not a pandas object" without loading it. Dask runs are left alone: Dask may use
pandas on the client side.
"""

from __future__ import annotations

import contextlib
import importlib.abc
import sys


class _NoPandas(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "pandas" or name.startswith("pandas."):
            raise ModuleNotFoundError("pandas is not loaded during a batch run", name=name)
        return None


@contextlib.contextmanager
def without_pandas():
    """`import pandas` fails inside this block, unless pandas is already loaded (then nothing
    changes: whoever loaded it keeps it)."""
    if "pandas" in sys.modules:
        yield
        return
    finder = _NoPandas()
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)
