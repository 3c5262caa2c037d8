from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")

    def ready(self):
        from news import search_schema

        # A later migration that alters news_article on SQLite remakes the table without our triggers: put the search
        # index back after every migrate (nothing happens when it is complete).
        post_migrate.connect(search_schema.after_migrate, sender=self, dispatch_uid="news.search_schema")
