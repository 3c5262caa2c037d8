"""Weekly from cron or a timer: the newsletter letter of every confirmed subscriber."""

from django.core.management.base import BaseCommand, CommandError

from newsletter import letters, subscriptions
from portal import outbox


class Command(BaseCommand):
    help = (
        "Write the letter of every confirmed subscriber whose last letter is at least --every days old: the "
        "articles published since that letter, in the subscriber's language. The background worker sends them, "
        "retrying failures. Safe to run again, or after it was interrupted: no subscriber gets a letter twice. "
        "Also forgets unconfirmed addresses whose confirmation link has expired."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--every", type=int, default=7, help="Days between two letters to one subscriber (default: 7, weekly)."
        )

    def handle(self, *args, every, **options):
        if every < 1:
            raise CommandError("--every must be at least 1.")
        requeued = outbox.requeue_stale()
        forgotten = subscriptions.forget_unconfirmed()
        written = letters.write_letters(every_days=every)
        self.stdout.write(f"Letters queued: {written}. Unconfirmed addresses forgotten: {forgotten}.")
        self.stdout.write(f"E-mails queued again: {requeued}.")
