"""The demo content: news categories and articles kept as TOML files in news/fixtures/demo/ (see its README.md)."""

import tomllib
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "fixtures" / "demo"


def categories():
    """The categories as dicts, in the order of their position."""
    return read(FOLDER / "categories.toml")["categories"]


def articles():
    """The articles as dicts, in the order of their files' number prefixes."""
    return [read(path) for path in sorted(FOLDER.glob("[0-9]*.toml"))]


def read(path):
    with path.open("rb") as file:
        return tomllib.load(file)
