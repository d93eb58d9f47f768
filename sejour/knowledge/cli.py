"""Commands of this part of sejour (registered on the main Typer app by ``sejour.cli``)."""

import typer


def register(app: typer.Typer) -> None:
    pass
