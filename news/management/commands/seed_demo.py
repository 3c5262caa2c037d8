"""Load the demo content: the seed page's articles and their neighbours, in kk with ru and en translations, and the
site's pages, front offices and texts of the areas of volunteering (pages/demo.py).

The articles and categories are TOML files in news/fixtures/demo/. They are not loaddata fixtures: each article goes
through Article.save() (sanitizing, slug, cover renditions) with a cover drawn here.
Running it again changes nothing: articles and categories are matched by their Kazakh title and slug.
"""

import io

from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction
from PIL import Image, ImageDraw

from news import demo
from news.models import Article, Category
from news.slugs import make_slug
from pages import demo as pages_demo
from volunteers.models import Direction

COVER_SIZE = (1200, 675)


class Command(BaseCommand):
    help = "Load demo news in Kazakh, Russian and English (idempotent)."

    @transaction.atomic
    def handle(self, *args, **options):
        categories = {item["key"]: self.category(item, position) for position, item in enumerate(demo.categories())}
        articles = demo.articles()
        created = 0
        for item in articles:
            if Article.objects.filter(title_kk=item["title"]["kk"]).exists():
                continue
            self.article(item, categories.get(item.get("category")))
            created += 1
        tagged = self.tag_directions(articles)
        self.stdout.write(f"Demo content: {created} articles added, {len(articles) - created} already there.")
        filled = pages_demo.seed()
        self.stdout.write(
            f"Demo pages: {filled['pages']} pages and {filled['directions']} areas of volunteering written, "
            f"{filled['offices']} front offices added, {tagged} articles tagged with their areas."
        )

    def tag_directions(self, articles):
        """Tag the demo articles with their areas of volunteering, unless they have some already."""
        directions = {direction.slug: direction for direction in Direction.objects.all()}
        tagged = 0
        for item in articles:
            article = Article.objects.filter(title_kk=item["title"]["kk"]).first()
            wanted = [directions[slug] for slug in item.get("directions", []) if slug in directions]
            if article and wanted and not article.directions.exists():
                article.directions.set(wanted)
                tagged += 1
        return tagged

    def category(self, item, position):
        category, _created = Category.objects.get_or_create(
            slug=item["key"],
            defaults={"position": position, **translated("name", item["name"])},
        )
        return category

    def article(self, item, category):
        article = Article(
            category=category,
            status=item["status"],
            published_at=item["published_at"],
            source_url=item.get("source_url", ""),
            **translated("title", item["title"]),
            **translated("lead", item.get("lead", {})),
            **translated("body", item.get("body", {})),
            **translated("cover_alt", item.get("cover_alt", {})),
            **translated("source_name", item.get("source_name", {})),
        )
        article.slug = make_slug(item["title"]["kk"])
        # Saved with the article, which cleans the image and makes its renditions.
        article.cover = ContentFile(cover_image(*item["cover_colors"]), name=f"{item['key']}.jpg")
        article.save()
        # The counter is not editable: demo figures go in with one UPDATE, as real views do.
        Article.objects.filter(pk=article.pk).update(views=item.get("views", 0))


def translated(field, values):
    return {f"{field}_{language}": value for language, value in values.items()}


def cover_image(start, end):
    """A JPEG with a diagonal gradient between two colours: a stand-in photograph."""
    image = Image.new("RGB", COVER_SIZE)
    draw = ImageDraw.Draw(image)
    first, second = hex_to_rgb(start), hex_to_rgb(end)
    width, height = COVER_SIZE
    for x in range(0, width + height, 4):
        share = x / (width + height)
        colour = tuple(round(a + (b - a) * share) for a, b in zip(first, second, strict=True))
        draw.line([(x, 0), (x - height, height)], fill=colour, width=5)
    draw.ellipse((width * 0.62, height * 0.18, width * 0.88, height * 0.64), fill=second)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80, optimize=True, progressive=True)
    return buffer.getvalue()


def hex_to_rgb(value):
    value = value.lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))
