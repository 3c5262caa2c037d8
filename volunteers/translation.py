"""Fields translated with django-modeltranslation: Direction.name becomes name_kk, name_ru and name_en
(and so do its summary and page text)."""

from modeltranslation.translator import TranslationOptions, register

from volunteers.models import Direction


@register(Direction)
class DirectionTranslationOptions(TranslationOptions):
    fields = ("name", "summary", "body")
    required_languages = {"kk": ("name",)}
