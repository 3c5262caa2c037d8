"""Fields translated with django-modeltranslation: Direction.name becomes name_kk, name_ru and name_en."""

from modeltranslation.translator import TranslationOptions, register

from volunteers.models import Direction


@register(Direction)
class DirectionTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("kk",)
