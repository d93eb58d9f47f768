"""python -m sejour: the same as the sejour command."""

from .cli import main

if __name__ == "__main__":  # not when a renderer process (multiprocessing's spawn) imports it
    main()
