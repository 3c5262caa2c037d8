"""Daily from cron: email each coordinator the applications of their regions that nobody has answered yet."""

from django.core.management.base import BaseCommand, CommandError

from volunteers import notifications
from volunteers.models import Application, CoordinatorProfile, Region


class Command(BaseCommand):
    help = (
        "Email every coordinator a digest of their regions' applications still new after three days, and queue "
        "again any notification whose sending was interrupted. Meant to run once a day from cron."
    )

    def handle(self, *args, **options):
        requeued = notifications.requeue_stale()
        sent, failed = notifications.send_digests()
        self.stdout.write(f"Digests sent: {sent}. Notifications queued again: {requeued}.")
        uncovered = self.uncovered_regions()
        if uncovered:
            # Applications that no coordinator will ever hear of: the operator must know.
            self.stderr.write("Waiting applications in regions without a coordinator: " + ", ".join(uncovered))
        if failed:
            raise CommandError("Digest not sent to: " + ", ".join(profile.user.email for profile in failed))

    def uncovered_regions(self):
        coordinators = CoordinatorProfile.objects.filter(user__is_active=True, receives_notifications=True)
        if coordinators.filter(all_regions=True).exists():
            return []
        covered = set(coordinators.values_list("regions__region", flat=True))
        waiting = set(Application.objects.waiting().values_list("region", flat=True))
        return sorted(str(Region(code).label) for code in waiting - covered)
