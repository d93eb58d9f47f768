"""See cli.py."""
