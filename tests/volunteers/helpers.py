"""Small helpers for the volunteer tests: form data, accounts, applications, the task worker."""

import signal
from datetime import date

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from portal.roles import ensure_groups

LANGUAGES = ["kk", "ru", "en"]


def years_ago(years, days=0):
    """A birth date giving exactly `years` full years today (minus `days` days: still that age tomorrow)."""
    today = timezone.localdate()
    try:
        birthday = today.replace(year=today.year - years)
    except ValueError:  # 29 February
        birthday = date(today.year - years, 2, 28)
    return birthday.fromordinal(birthday.toordinal() - days)


def form_data(seeded, **changes):
    """A valid POST of the application form; `changes` replace fields (None removes one)."""
    data = {
        "full_name": "Әлия Нұрланқызы Сейітқали",
        "birth_date": years_ago(25).isoformat(),
        "phone": "8 701 123 45 67",
        "email": "aliya@example.kz",
        "region": "astana",
        "city": "Астана",
        "directions": [seeded["environment"].pk, seeded["education"].pk],
        "languages": ["kk", "ru"],
        "availability": ["weekends"],
        "about": "Мектепте экологиялық клубты басқардым.",
        "consent": "on",
    }
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return data


def run_worker():
    """Run every task that is due, the way production does: `manage.py db_worker --batch`.

    The worker installs its own signal handlers (for a graceful stop); the test process gets its own back.
    """
    signals = [signal.SIGINT, signal.SIGTERM, signal.SIGQUIT]
    saved = {number: signal.getsignal(number) for number in signals}
    try:
        call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)
    finally:
        for number, handler in saved.items():
            signal.signal(number, handler)


def coordinators_group():
    """The Coordinators group (portal/roles.py makes it at migrate; made here too when a transactional test has
    emptied the tables)."""
    if not Group.objects.filter(name="Coordinators", permissions__isnull=False).exists():
        ensure_groups()
    return Group.objects.get(name="Coordinators")


def make_coordinator(username, *, regions=(), all_regions=False, language="kk", email=None, password=None, **profile):
    """A staff account in the Coordinators group tied to `regions` (no password unless given: hashing is slow)."""
    from django.contrib.auth import get_user_model

    from volunteers.models import CoordinatorProfile, CoordinatorRegion

    user = get_user_model().objects.create_user(
        username, email=f"{username}@birgemiz.kz" if email is None else email, password=password
    )
    user.is_staff = True
    user.save()
    user.groups.add(coordinators_group())
    profile = CoordinatorProfile.objects.create(user=user, all_regions=all_regions, language=language, **profile)
    CoordinatorRegion.objects.bulk_create(CoordinatorRegion(profile=profile, region=region) for region in regions)
    return user


def make_application(seeded, *, language="kk", submitted_days_ago=0, **changes):
    """An application stored through submit_application(), as the form stores it."""
    from datetime import timedelta

    from volunteers.applications import submit_application
    from volunteers.forms import ApplicationForm

    form = ApplicationForm(form_data(seeded, **changes))
    assert form.is_valid(), form.errors
    application = submit_application(**form.application_data(), language=language)
    if submitted_days_ago:
        moment = timezone.now() - timedelta(days=submitted_days_ago)
        type(application).objects.filter(pk=application.pk).update(submitted_at=moment, status_changed_at=moment)
        application.refresh_from_db()
    return application
