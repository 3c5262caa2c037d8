"""Daily from cron: email each coordinator the applications of their regions that nobody has answered yet."""

from django.core.management.base import BaseCommand

from portal import outbox
from volunteers import notifications
from volunteers.models import Application, CoordinatorProfile, Region


class Command(BaseCommand):
    help = (
        "Queue for every coordinator a digest of their regions' applications still new after three days (the "
        "background worker sends it, retrying failures), and queue again any e-mail whose sending was interrupted. "
        "Meant to run once a day from cron."
    )

    def handle(self, *args, **options):
        requeued = outbox.requeue_stale()
        queued = notifications.queue_digests()
        self.stdout.write(f"Digests queued: {queued}. E-mails queued again: {requeued}.")
        uncovered = self.uncovered_regions()
        if uncovered:
            # Applications that no coordinator will ever hear of: the operator must know.
            self.stderr.write("Waiting applications in regions without a coordinator: " + ", ".join(uncovered))

    def uncovered_regions(self):
        coordinators = CoordinatorProfile.objects.filter(user__is_active=True, receives_notifications=True)
        if coordinators.filter(all_regions=True).exists():
            return []
        covered = set(coordinators.values_list("regions__region", flat=True))
        waiting = set(Application.objects.waiting().values_list("region", flat=True))
        return sorted(str(Region(code).label) for code in waiting - covered)
