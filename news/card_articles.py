"""The articles of a page of news cards, read in two steps.

A card is kept whole once rendered ({% cache %} in templates/includes/article_card.html), keyed by the article's id
and view count: to find it, a page needs only those two columns. Reading them costs a fraction of reading and
building the articles (their translated fields, category and cover), which are read in one query only when some
card of the page is not kept.
"""

from news.models import Article


class CardArticles:
    def __init__(self, articles):
        """`articles`: a query of the page's articles, in their order."""
        self.ids_and_views = list(articles.values_list("pk", "views"))
        self.articles = None

    def __iter__(self):
        return (CardArticle(self, pk, views) for pk, views in self.ids_and_views)

    def __len__(self):
        return len(self.ids_and_views)

    def article(self, pk):
        if self.articles is None:
            self.articles = Article.objects.for_cards().in_bulk([pk for pk, _views in self.ids_and_views])
        return self.articles[pk]


class CardArticle:
    """An article of the page: its id and view count at hand, anything else read from the whole article."""

    def __init__(self, page, pk, views):
        self.pk = pk
        self.views = views  # the count of the card's key, also the one it shows
        self.page = page

    def __getattr__(self, name):
        return getattr(self.page.article(self.pk), name)
