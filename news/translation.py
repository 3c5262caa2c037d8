"""Fields translated with django-modeltranslation: one column per language (title_kk, title_ru, title_en, ...)."""

from modeltranslation.translator import TranslationOptions, register

from news.models import Article, Category


@register(Category)
class CategoryTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("kk",)


@register(Article)
class ArticleTranslationOptions(TranslationOptions):
    fields = ("title", "lead", "body", "cover_alt", "source_name", "search_text")
    required_languages = {"kk": ("title",)}
