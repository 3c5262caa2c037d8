"""Fields translated with django-modeltranslation: one column per language, shown with the kk → ru → en fallback."""

from modeltranslation.translator import TranslationOptions, register

from pages.models import Office, Page, PrivacyPolicy


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "lead", "body")
    required_languages = {"kk": ("title",)}


@register(PrivacyPolicy)
class PrivacyPolicyTranslationOptions(TranslationOptions):
    fields = ("summary", "body")
    required_languages = {"kk": ("body",)}


@register(Office)
class OfficeTranslationOptions(TranslationOptions):
    fields = ("name", "address", "hours")
    required_languages = {"kk": ("name", "address")}
