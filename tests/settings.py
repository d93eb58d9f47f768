"""The settings the tests run with: sejour's own, in a throw-away data folder.

pytest-django imports the settings before any conftest.py is read, so the data folder is
chosen here, before sejour's settings are imported: a new temporary folder, whatever
SEJOUR_DATA_DIR says (it may name the user's real one), removed at the end. Processes the
tests start inherit it.
"""

import atexit
import os
import shutil
import tempfile

os.environ["SEJOUR_DATA_DIR"] = _DATA_DIR = tempfile.mkdtemp(prefix="sejour-test-data-")
atexit.register(shutil.rmtree, _DATA_DIR, ignore_errors=True)

from sejour.web.settings import *  # noqa: E402,F403
