"""Test-wide settings: a throw-away data folder, and Django allowed beside Playwright's event loop."""

import os
import tempfile

# Before Django's settings are read: never touch the user's own data folder.
os.environ.setdefault("SEJOUR_DATA_DIR", tempfile.mkdtemp(prefix="sejour-test-data-"))
# Playwright's sync API runs an event loop in the test thread; Django's ORM calls made by the
# test itself (fixtures, assertions) are still synchronous and safe there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
