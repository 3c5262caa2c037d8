from django.urls import path

from news import views
from news.feeds import LatestArticlesFeed

app_name = "news"

urlpatterns = [
    path("", views.public_page(views.ArticleListView.as_view()), name="list"),
    path("feed/", views.public_page(LatestArticlesFeed()), name="feed"),
    path("<int:pk>-<slug:slug>/", views.public_page(views.ArticleDetailView.as_view()), name="detail"),
    path("<int:pk>/", views.ArticleDetailView.as_view(), name="detail-without-slug"),
    path("<int:pk>/seen/", views.seen, name="seen"),
    path("<int:pk>/preview/", views.ArticlePreviewView.as_view(), name="preview"),
]
