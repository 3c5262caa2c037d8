from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from news.models import Article, Category


@admin.register(Category)
class CategoryAdmin(TabbedTranslationAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name_en"]}


@admin.register(Article)
class ArticleAdmin(TabbedTranslationAdmin):
    list_display = ["title", "status", "published_at", "views", "category"]
    list_filter = ["status", "category", "published_at"]
    search_fields = ["title_kk", "title_ru", "title_en"]
    date_hierarchy = "published_at"
    readonly_fields = ["views", "created_at", "updated_at"]
    list_select_related = ["category"]
    fieldsets = [
        (None, {"fields": ["title", "lead", "body"]}),
        (_("Image"), {"fields": ["cover", "cover_alt"]}),
        (_("Publication"), {"fields": ["status", "published_at", "category", "slug", "author"]}),
        (_("Source"), {"fields": ["source_name", "source_url"]}),
        (_("Statistics"), {"fields": ["views", "created_at", "updated_at"]}),
    ]

    def save_model(self, request, obj, form, change):
        if not change and obj.author_id is None:
            obj.author = request.user
        super().save_model(request, obj, form, change)
