"""The demo's site pages, front offices and texts of the areas of volunteering, kept as TOML files in
pages/fixtures/demo/ and loaded by `manage.py seed_demo`. Only what is empty is filled: running it again, or on a
site whose staff have written their own texts, changes nothing."""

import tomllib
from pathlib import Path

from pages.models import Office, Page
from volunteers.models import Direction

FOLDER = Path(__file__).resolve().parent / "fixtures" / "demo"


def read(name):
    with (FOLDER / name).open("rb") as file:
        return tomllib.load(file)


def translated(field, values):
    return {f"{field}_{language}": value for language, value in values.items()}


def seed():
    """Load what is missing; returns how many pages, offices and directions were filled in."""
    return {"pages": seed_pages(), "offices": seed_offices(), "directions": seed_directions()}


def seed_pages():
    filled = 0
    for item in read("pages.toml")["pages"]:
        page = Page.objects.filter(slug=item["slug"]).first() or Page(slug=item["slug"])
        if page.body_kk:
            continue
        for field in ("title", "lead", "body"):
            for name, value in translated(field, item[field]).items():
                setattr(page, name, value)
        page.save()
        filled += 1
    return filled


def seed_offices():
    data = read("offices.toml")
    added = 0
    for item in data["offices"]:
        if Office.objects.filter(region=item["region"]).exists():
            continue
        Office.objects.create(
            region=item["region"],
            phone=item["phone"],
            email=item["email"],
            map_url=item["map_url"],
            **translated("name", item["name"]),
            **translated("address", item["address"]),
            **translated("hours", item.get("hours", data["hours"])),
        )
        added += 1
    return added


def seed_directions():
    filled = 0
    for item in read("directions.toml")["directions"]:
        direction = Direction.objects.filter(slug=item["slug"]).first()
        if direction is None or direction.summary_kk or direction.body_kk:
            continue
        for field in ("summary", "body"):
            for name, value in translated(field, item[field]).items():
                setattr(direction, name, value)
        direction.save()
        filled += 1
    return filled
