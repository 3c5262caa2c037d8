"""Background tasks, run by `manage.py db_worker` from the database queue (django-tasks-db)."""

from django.tasks import task

from volunteers import notifications


@task()
def send_notification(notification_id):
    """Send one stored notification; a failure is recorded on it and retried later (see volunteers.notifications)."""
    return notifications.deliver(notification_id)
