from django.conf import settings
from django.urls import path
from django.views.decorators.cache import cache_page

from news import views
from news.feeds import LatestArticlesFeed

app_name = "news"

# The article page is the same for every reader and writes nothing, so it is cached whole.
cached = cache_page(settings.PAGE_CACHE_SECONDS, cache="pages")

urlpatterns = [
    path("", views.ArticleListView.as_view(), name="list"),
    path("feed/", LatestArticlesFeed(), name="feed"),
    path("<int:pk>-<slug:slug>/", cached(views.ArticleDetailView.as_view()), name="detail"),
    path("<int:pk>/", views.ArticleDetailView.as_view(), name="detail-without-slug"),
    path("<int:pk>/seen/", views.seen, name="seen"),
    path("<int:pk>/preview/", views.ArticlePreviewView.as_view(), name="preview"),
]
