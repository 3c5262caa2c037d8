"""Data retention: remove personal data from declined and closed applications after a number of months."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from volunteers.models import Application


class Command(BaseCommand):
    help = (
        "Anonymise declined and closed applications whose status last changed more than --months months ago "
        "(default: VOLUNTEERS_RETENTION_MONTHS). Region, directions and year of birth are kept for statistics."
    )

    def add_arguments(self, parser):
        parser.add_argument("--months", type=int, default=settings.VOLUNTEERS_RETENTION_MONTHS)
        parser.add_argument("--dry-run", action="store_true", help="Only count what would be anonymised.")

    def handle(self, *args, months, dry_run, **options):
        if months < 1:
            raise CommandError("--months must be at least 1.")
        due = Application.objects.due_for_anonymization(months)
        if dry_run:
            self.stdout.write(f"{due.count()} application(s) would be anonymised.")
            return
        count = 0
        for application in due.iterator():
            with transaction.atomic():
                application.anonymize()
            count += 1
        self.stdout.write(f"{count} application(s) anonymised.")
