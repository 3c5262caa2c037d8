from django.urls import path

from news import views
from news.feeds import LatestArticlesFeed
from portal.page_cache import public_page

app_name = "news"

urlpatterns = [
    path("", public_page(views.ArticleListView.as_view()), name="list"),
    path("feed/", public_page(LatestArticlesFeed()), name="feed"),
    path("<int:pk>-<slug:slug>/", public_page(views.ArticleDetailView.as_view()), name="detail"),
    path("<int:pk>/", views.ArticleDetailView.as_view(), name="detail-without-slug"),
    path("<int:pk>/seen/", views.seen, name="seen"),
    path("<int:pk>/preview/", views.ArticlePreviewView.as_view(), name="preview"),
]
