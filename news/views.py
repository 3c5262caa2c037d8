import hashlib
import re

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.cache import caches
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from django.views.generic import DetailView, ListView, TemplateView

from news import view_counter
from news.card_articles import CardArticles
from news.models import Article, Category
from news.search_index import COUNT_LIMIT, SearchResults
from pages import content
from portal.page_cache import content_version
from volunteers.models import Direction

CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
SLUG = re.compile(r"[-a-zA-Z0-9_]{1,100}")

HOME_ARTICLES = 6
COUNT_CACHED_FROM = 1000
# A multiple of the two and three columns of the card grid: no card stands alone in the last row.
LIST_PAGE_SIZE = 12


class HomeView(TemplateView):
    template_name = "news/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            articles=CardArticles(Article.objects.published()[:HOME_ARTICLES]),
            # Read only when the template's fragment of them is not kept.
            directions=Direction.objects.active(),
            figures=content.home_figures(self.request),
            year=timezone.localdate().year,
            **kwargs,
        )


class ArticleListView(ListView):
    template_name = "news/article_list.html"
    context_object_name = "articles"
    paginate_by = LIST_PAGE_SIZE

    def get_queryset(self):
        # Control characters cannot be searched for (PostgreSQL refuses NUL in text) and no title contains them.
        self.query = CONTROL_CHARACTERS.sub(" ", self.request.GET.get("q", "")).strip()[:100]
        self.category = None
        if slug := self.request.GET.get("category"):
            if not SLUG.fullmatch(slug):
                raise Http404
            self.category = Category.objects.filter(slug=slug).first()
            if self.category is None:
                raise Http404
        if self.query:
            return Article.objects.search(self.query, category=self.category)
        articles = Article.objects.published().for_cards()
        return articles.filter(category=self.category) if self.category else articles

    def get_paginator(self, queryset, per_page, **kwargs):
        """Large totals are counted once per content version (a minute at most) per search and category, not on every
        request: with 100 000 articles the count costs more than the page itself. Small totals are counted every
        time, so that a scheduled article is never cut off the end of a short list."""
        paginator = super().get_paginator(queryset, per_page, **kwargs)
        search = f"{get_language()}\n{self.category.pk if self.category else ''}\n{self.query}"
        version = content_version(self.request)
        key = f"news:count:{version}:" + hashlib.sha256(search.encode()).hexdigest()[:32]
        count = caches["pages"].get(key)
        if count is None:
            count = queryset.count()
            if count >= COUNT_CACHED_FROM:
                caches["pages"].set(key, count, settings.PAGE_CACHE_SECONDS)
        paginator.count = count  # Paginator.count is a cached property: this is its value
        if isinstance(queryset, SearchResults):
            queryset.counted = count  # which decides how it searches (news/search_index.py)
        return paginator

    def get_context_data(self, **kwargs):
        search = self.object_list.query if self.query else None
        context = super().get_context_data(
            query=self.query,
            search=search,
            category=self.category,
            categories=content.kept("news-categories", lambda: list(Category.objects.all()), self.request),
            **kwargs,
        )
        if search is not None and context["paginator"].count > COUNT_LIMIT:
            context["more_than"] = COUNT_LIMIT  # counted no further (news/search_index.py)
        if search is None:
            context["articles"] = CardArticles(context["articles"])
        return context


class ArticleDetailView(DetailView):
    template_name = "news/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.published().select_related("category")

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if self.kwargs.get("slug") != self.object.slug:
            # Old or missing slug: send readers and search engines to the one current address.
            return redirect(self.object, permanent=True)
        return self.render_to_response(self.get_context_data(object=self.object))


@method_decorator(never_cache, name="dispatch")
class ArticlePreviewView(DetailView):
    """An article as it will look on the site, whatever its status or time: for staff who may see articles.

    Never cached (it shows unpublished text to one person) and marked noindex. Anonymous visitors are sent to the
    admin login; signed-in users who may not see articles get the same 404 as for any unknown address.
    """

    template_name = "news/article_detail.html"
    context_object_name = "article"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("admin:login"))
        if not (request.user.is_staff and request.user.has_perm("news.view_article")):
            raise Http404
        response = super().dispatch(request, *args, **kwargs)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    def get_queryset(self):
        return Article.objects.select_related("category")

    def get_context_data(self, **kwargs):
        return super().get_context_data(preview=True, **kwargs)


@csrf_exempt  # sendBeacon cannot send a token; should_count() checks the origin instead.
@require_http_methods(["GET", "POST"])
def seen(request, pk):
    """Record one view of an article: a beacon POST from the page, or the <noscript> image's GET."""
    if view_counter.should_count(request):
        view_counter.record(request, pk)
    if request.method == "GET":
        response = HttpResponse(view_counter.TRANSPARENT_GIF, content_type="image/gif")
    else:
        response = HttpResponse(status=204)
    response["Cache-Control"] = "no-store"
    return response
