from django.urls import path

from pages import views
from pages.models import Page
from portal.page_cache import public_page

app_name = "pages"

urlpatterns = [
    path("about/", public_page(views.page), {"slug": Page.Slug.ABOUT}, name="about"),
    path("faq/", public_page(views.page), {"slug": Page.Slug.FAQ}, name="faq"),
    path("contacts/", public_page(views.page), {"slug": Page.Slug.CONTACTS}, name="contacts"),
    path("privacy/", public_page(views.privacy), name="privacy"),
    path("privacy/<slug:version>/", public_page(views.privacy), name="privacy-version"),
    path("regions/", public_page(views.offices), name="regions"),
    path("directions/", public_page(views.directions), name="directions"),
    path("directions/<slug:slug>/", public_page(views.direction), name="direction"),
]
