"""Small helpers that make test objects."""

from datetime import timedelta
from itertools import count

from django.urls import reverse
from django.utils import timezone, translation

from news.models import Article, Category

_numbers = count(1)


def make_category(**fields):
    number = next(_numbers)
    fields.setdefault("name_kk", f"Санат {number}")
    fields.setdefault("name_ru", f"Рубрика {number}")
    fields.setdefault("name_en", f"Category {number}")
    fields.setdefault("slug", f"category-{number}")
    return Category.objects.create(**fields)


def make_article(*, days_ago=1, **fields):
    """A published article in all three languages unless told otherwise."""
    number = next(_numbers)
    fields.setdefault("title_kk", f"Еріктілер жаңалығы №{number}")
    fields.setdefault("title_ru", f"Новость волонтёров №{number}")
    fields.setdefault("title_en", f"Volunteer news No. {number}")
    fields.setdefault("lead_kk", "Қысқаша мазмұны.")
    fields.setdefault("body_kk", "<p>Мақала мәтіні.</p>")
    fields.setdefault("status", Article.Status.PUBLISHED)
    fields.setdefault("published_at", timezone.now() - timedelta(days=days_ago))
    return Article.objects.create(**fields)


def localized(target, language="kk", **kwargs):
    """An address in one language: of a URL name (with its kwargs) or of an object (its get_absolute_url()).

    The active language of a test process is whatever ran last, so tests always say which one they mean.
    """
    with translation.override(language):
        if isinstance(target, str):
            return reverse(target, kwargs=kwargs or None)
        return target.get_absolute_url()


def make_image(width=1600, height=900, *, image_format="JPEG", mode="RGB", color="#1d7f66", **save_options):
    """The bytes of an image made with Pillow (a solid colour with a lighter square, so resizing has work to do)."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new(mode, (width, height), color if mode in {"RGB", "RGBA"} else None)
    if mode in {"RGB", "RGBA"}:
        ImageDraw.Draw(image).rectangle((width // 4, height // 4, width // 2, height // 2), fill="#f2b134")
    buffer = io.BytesIO()
    image.save(buffer, image_format, **save_options)
    return buffer.getvalue()


def make_upload(name="photo.jpg", content=None, content_type="image/jpeg"):
    """An uploaded file as a browser sends it; a JPEG photograph unless told otherwise."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, make_image() if content is None else content, content_type=content_type)


def make_staff(username=None, *, groups=(), password=None, **fields):
    """A staff account in the given groups (e.g. "Editors"). Without a password (hashing one is slow) it can only
    sign in through the test client's force_login()."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(
        username or f"staff{next(_numbers)}", password=password, is_staff=True, **fields
    )
    user.groups.set([Group.objects.get(name=name) for name in groups])
    return user
