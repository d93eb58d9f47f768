"""python -m sejour: the same as the sejour command."""

from .cli import app

app(prog_name="sejour")
