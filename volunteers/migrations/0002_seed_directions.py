"""The ten directions of volunteering offered on the form, in Kazakh, Russian and English.

Staff edit them in admin afterwards; this only fills an empty list, so it never overwrites their work.
"""

from django.db import migrations

DIRECTIONS = [
    # slug, hazardous, kk, ru, en
    ("environment", False, "Экология («Таза Қазақстан»)", "Экология («Таза Қазақстан»)", "Environment (Taza Kazakhstan)"),
    ("social-care", False, "Әлеуметтік көмек", "Социальная помощь", "Social care"),
    ("children-youth", False, "Балалар мен жастар", "Дети и молодёжь", "Children and youth"),
    ("health", False, "Денсаулық сақтау", "Здравоохранение", "Health"),
    ("education", False, "Білім беру", "Образование", "Education"),
    ("culture-heritage", False, "Мәдениет және мұра", "Культура и наследие", "Culture and heritage"),
    ("emergencies", True, "Төтенше жағдайлар", "Чрезвычайные ситуации", "Emergencies"),
    ("events", False, "Іс-шаралар", "Мероприятия", "Events"),
    ("animals", False, "Жануарларға көмек", "Помощь животным", "Animal welfare"),
    ("skills-based", False, "Кәсіби еріктілік", "Профессиональное волонтёрство", "Skills-based volunteering"),
]


def seed_directions(apps, schema_editor):
    Direction = apps.get_model("volunteers", "Direction")
    if Direction.objects.exists():
        return
    Direction.objects.bulk_create(
        Direction(
            slug=slug,
            is_hazardous=hazardous,
            position=position,
            name=kk,
            name_kk=kk,
            name_ru=ru,
            name_en=en,
        )
        for position, (slug, hazardous, kk, ru, en) in enumerate(DIRECTIONS, start=1)
    )


class Migration(migrations.Migration):
    dependencies = [("volunteers", "0001_initial")]

    operations = [migrations.RunPython(seed_directions, migrations.RunPython.noop)]
