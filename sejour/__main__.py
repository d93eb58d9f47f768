"""python -m sejour: the same as the sejour command."""

from .cli import main

main()
