from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from news.sitemaps import SITEMAPS as NEWS_SITEMAPS
from news.views import HomeView
from pages.sitemaps import SITEMAPS as PAGES_SITEMAPS
from portal import views
from portal.page_cache import public_page

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("sitemap.xml", sitemap, {"sitemaps": {**NEWS_SITEMAPS, **PAGES_SITEMAPS}}, name="sitemap"),
    path("language/<str:language>/", views.switch_language, name="switch-language"),
    path(settings.ADMIN_PATH, admin.site.urls),
]

urlpatterns += i18n_patterns(
    path("", public_page(HomeView.as_view()), name="home"),
    path("news/", include("news.urls")),
    path("volunteer/", include("volunteers.urls")),
    path("newsletter/", include("newsletter.urls")),
    path("", include("pages.urls")),
)

if settings.DEBUG or settings.SERVE_MEDIA:
    # Uploaded files; in production behind a proxy or object storage this is switched off (docs/deployment.md).
    urlpatterns += [path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", views.media, name="media")]
