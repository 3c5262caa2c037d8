"""Cover images: every upload rule, metadata stripping, renditions, and what the pages make of them."""

import io
import re
import struct
import zlib
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import translation
from PIL import ExifTags, Image, ImageCms, PngImagePlugin

from news.images import MAX_UPLOAD_BYTES, CoverImageField
from news.models import Article
from tests.factories import localized, make_article, make_category, make_image, make_upload

pytestmark = pytest.mark.django_db


def check(name, content):
    """The upload as the cover form field sees it: its cleaned value, or the error messages."""
    try:
        return CoverImageField().clean(make_upload(name, content))
    except ValidationError as error:
        return error


def english(name, content):
    with translation.override("en"):
        return messages_of(check(name, content))


def messages_of(result):
    assert isinstance(result, ValidationError), "the upload was accepted"
    return " ".join(result.messages)


def png_claiming(width, height):
    """A tiny, valid-looking PNG whose header claims width × height pixels."""
    data = bytearray(make_image(1, 1, image_format="PNG", mode="L"))
    # The IHDR chunk follows the 8-byte signature: length (4), type (4), then width and height.
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    return bytes(data)


def with_gps(width=640, height=480, **save_options):
    """A JPEG photo with camera data and a GPS position in its EXIF, and an XMP packet."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    exif[ExifTags.Base.Model] = "Phone 12"
    exif[ExifTags.Base.Artist] = "Айгүл Сейітқызы"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (43.0, 14.0, 17.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (76.0, 53.0, 45.0)
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><exif:GPSLatitude>43,14.28N</exif:GPSLatitude></x:xmpmeta>'
    return make_image(width, height, exif=exif, xmp=xmp, **save_options)


def save_cover(content, name="photo.jpg", **fields):
    """An article whose cover was uploaded as a form does it (after the form's checks)."""
    upload = make_upload(name, content)
    CoverImageField().clean(upload)
    return make_article(cover=upload, cover_alt_kk="Сурет", **fields)


def files_in(folder):
    return sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file())


def opened(article, name=None):
    return Image.open(Path(article.cover.storage.path(name or article.cover.name)))


# --- Upload rules -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "image_format"),
    [("photo.jpg", "JPEG"), ("PHOTO.JPEG", "JPEG"), ("scan.png", "PNG"), ("picture.webp", "WEBP")],
)
def test_jpeg_png_and_webp_are_accepted(name, image_format):
    assert not isinstance(check(name, make_image(800, 450, image_format=image_format)), ValidationError)


def test_a_file_over_15_megabytes_is_refused_before_it_is_opened():
    content = b"\xff\xd8\xff" + bytes(MAX_UPLOAD_BYTES + 1024 * 1024)
    assert english("huge.jpg", content) == (
        "The file is 16.0\xa0MB; a cover image may be at most 15.0\xa0MB. Save it smaller and try again."
    )


def test_an_image_over_40_megapixels_is_refused():
    assert english("wide.png", png_claiming(8000, 5001)) == (
        "The image is too large: 8000 × 5001 pixels. A cover image may have at most 40 megapixels; "
        "make it smaller and try again."
    )


def test_a_real_decompression_bomb_is_refused_without_decoding_it():
    """81 megapixels in a 10 KB file: the header is enough to refuse it."""
    bomb = make_image(9000, 9000, image_format="PNG", mode="1")
    assert len(bomb) < 20_000
    result = check("bomb.png", bomb)
    assert result.error_list[0].code == "pixels"


@pytest.mark.parametrize(("width", "height"), [(10_000, 10_000), (30_000, 30_000), (2**31 - 1, 2**31 - 1)])
def test_pillow_decompression_bombs_are_refused(width, height):
    assert check("bomb.png", png_claiming(width, height)).error_list[0].code == "bomb"
    assert english("bomb.png", png_claiming(width, height)) == (
        "The image claims a size of more pixels than is safe to open (40 megapixels at most). "
        "Upload an ordinary photograph."
    )


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("photo.jpg", make_image(200, 100, image_format="PNG"), "mismatch"),
        ("photo.png", make_image(200, 100, image_format="JPEG"), "mismatch"),
        ("photo.webp", make_image(200, 100, image_format="JPEG"), "mismatch"),
        ("photo.jpg", make_image(200, 100, image_format="GIF"), "format"),
        ("photo.jpg", make_image(200, 100, image_format="BMP"), "format"),
        ("photo.png", make_image(200, 100, image_format="TIFF"), "format"),
        ("photo.gif", make_image(200, 100, image_format="GIF"), "extension"),
        ("photo.php", make_image(200, 100), "extension"),
        ("photo.jpg.html", make_image(200, 100), "extension"),
        ("photo", make_image(200, 100), "extension"),
        ("photo.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "extension"),
        ("photo.png", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "not_image"),
        ("photo.jpg", b"<?php system($_GET['c']); ?>", "not_image"),
        ("photo.jpg", "Бұл сурет емес".encode(), "not_image"),
        ("photo.jpg", b"\x00", "not_image"),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_a_file_that_is_not_what_its_name_says_is_refused(name, content, code):
    result = check(name, content)
    assert isinstance(result, ValidationError)
    assert result.error_list[0].code == code


def test_the_mismatch_error_says_what_the_file_holds():
    assert english("photo.jpg", make_image(200, 100, image_format="PNG")) == (
        "The file name ends in .jpg, but the file holds a PNG image. Rename it or save it again in the right format."
    )


@pytest.mark.parametrize(
    "broken",
    [
        make_image(800, 600)[:3000],  # a download cut short
        make_image(800, 600, image_format="PNG")[:200],
        make_image(800, 600, image_format="WEBP")[:100],
    ],
    ids=["truncated JPEG", "truncated PNG", "truncated WebP"],
)
def test_a_broken_image_gets_a_clear_error(broken):
    name = "photo.webp" if broken[8:12] == b"WEBP" else "photo.png" if broken.startswith(b"\x89PNG") else "photo.jpg"
    assert english(name, broken) == (
        "The image is damaged or incomplete and cannot be opened. Save it again and upload the new file."
    )


def test_a_png_with_a_damaged_checksum_is_broken():
    data = bytearray(make_image(300, 200, image_format="PNG"))
    data[-20] ^= 0xFF  # inside the image data
    assert check("photo.png", bytes(data)).error_list[0].code == "broken"


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_image_errors_are_translated(language):
    with translation.override(language):
        message = messages_of(check("photo.jpg", make_image(200, 100, image_format="PNG")))
    assert message != english("photo.jpg", make_image(200, 100, image_format="PNG"))
    assert re.search("[а-яёәғқңөұүһі]", message, re.IGNORECASE)


# --- Cleaning: orientation and metadata ---------------------------------------------------------------------------


def test_exif_orientation_is_applied_and_then_dropped():
    """A phone photo stored sideways with "rotate 90° clockwise" in its EXIF comes out upright."""
    image = Image.new("RGB", (300, 200), "red")
    image.paste((0, 0, 255), (150, 0, 300, 200))  # left half red, right half blue
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif, quality=95)
    article = save_cover(buffer.getvalue())
    assert (article.cover_width, article.cover_height) == (200, 300)
    with opened(article) as cover:
        assert cover.size == (200, 300)
        assert ExifTags.Base.Orientation not in cover.getexif()
        top, bottom = cover.getpixel((100, 20)), cover.getpixel((100, 280))
    assert top[0] > 200 and top[2] < 60  # red, once on the left, is on top
    assert bottom[2] > 200 and bottom[0] < 60
    assert [(item["width"], item["height"]) for item in article.cover_renditions] == [(200, 300)]


def test_gps_and_all_other_metadata_are_removed_from_every_file(media_root):
    photo = with_gps(2000, 1500, icc_profile=ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    with Image.open(io.BytesIO(photo)) as original:
        assert original.getexif().get_ifd(ExifTags.IFD.GPSInfo)  # the test photo does carry a position
    article = save_cover(photo)
    names = [article.cover.name, *(item[kind] for item in article.cover_renditions for kind in ("webp", "jpeg"))]
    assert len(names) == 9
    for name in names:
        data = (media_root / name).read_bytes()
        for marker in (b"Exif", b"GPS", b"xmpmeta", b"PhoneMaker", "Айгүл".encode(), b"ICC_PROFILE"):
            assert marker not in data, (name, marker)
        with opened(article, name) as image:
            assert not image.getexif()
            assert not {"exif", "xmp", "icc_profile", "XML:com.adobe.xmp"} & set(image.info)


def test_png_text_chunks_are_removed():
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "GPS 43.238949, 76.889709")
    info.add_itxt("Author", "Айгүл")
    article = save_cover(make_image(800, 600, image_format="PNG", pnginfo=info), name="scan.png")
    with opened(article) as cover:
        assert cover.format == "PNG"
        assert not {"Comment", "Author"} & set(cover.info)


def test_a_cmyk_jpeg_becomes_an_rgb_image_of_the_same_colour():
    article = save_cover(cmyk_red(1000, 600))
    for name in [article.cover.name, article.cover_renditions[0]["jpeg"], article.cover_renditions[0]["webp"]]:
        with opened(article, name) as image:
            assert image.mode == "RGB"
            red, green, blue = image.getpixel((10, 10))
            assert red > 200 and green < 80 and blue < 80


def cmyk_red(width, height):
    buffer = io.BytesIO()
    Image.new("CMYK", (width, height), (0, 255, 255, 0)).save(buffer, "JPEG", quality=95)
    return buffer.getvalue()


def test_a_transparent_png_keeps_its_transparency_where_the_format_allows():
    image = Image.new("RGBA", (1000, 800), (0, 0, 0, 0))
    image.paste((11, 93, 75, 255), (250, 200, 750, 600))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    article = save_cover(buffer.getvalue(), name="logo.png")
    with opened(article) as cover:
        assert cover.format == "PNG" and cover.mode == "RGBA"
        assert cover.getpixel((5, 5))[3] == 0
    smallest = article.cover_renditions[0]
    with opened(article, smallest["webp"]) as webp:
        assert webp.format == "WEBP" and webp.mode == "RGBA"
        assert webp.getpixel((2, 2))[3] == 0
    with opened(article, smallest["jpeg"]) as jpeg:
        assert jpeg.format == "JPEG" and jpeg.mode == "RGB"
        assert min(jpeg.getpixel((2, 2))) > 245  # transparent areas are white, not black
        assert jpeg.getpixel((240, 192))[1] < 140  # the opaque square keeps its colour


@pytest.mark.parametrize(
    ("mode", "extra"),
    [("P", {"transparency": 0}), ("L", {}), ("LA", {}), ("I;16", {}), ("1", {})],
)
def test_unusual_png_modes_are_converted(mode, extra):
    article = save_cover(make_image(600, 400, image_format="PNG", mode=mode, **extra), name="scan.png")
    assert len(article.cover_renditions) == 2
    with opened(article, article.cover_renditions[0]["jpeg"]) as image:
        assert image.mode == "RGB"


# --- Renditions ---------------------------------------------------------------------------------------------------


def test_renditions_are_made_in_several_widths_as_webp_and_jpeg(media_root):
    article = save_cover(make_image(2400, 1350))
    assert [(item["width"], item["height"]) for item in article.cover_renditions] == [
        (480, 270),
        (800, 450),
        (1200, 675),
        (1600, 900),
    ]
    for item in article.cover_renditions:
        for kind, image_format in [("webp", "WEBP"), ("jpeg", "JPEG")]:
            with opened(article, item[kind]) as image:
                assert image.format == image_format
                assert image.size == (item["width"], item["height"])
    smallest = article.cover_renditions[0]
    assert (media_root / smallest["webp"]).stat().st_size < (media_root / smallest["jpeg"]).stat().st_size


def test_a_small_image_is_not_enlarged():
    article = save_cover(make_image(320, 240))
    assert [(item["width"], item["height"]) for item in article.cover_renditions] == [(320, 240)]


def test_renditions_are_made_once_per_upload(media_root):
    article = save_cover(make_image(1200, 800))
    before = {name: (media_root / name).stat().st_mtime_ns for name in files_in(media_root)}
    article = Article.objects.get(pk=article.pk)
    article.title_ru = "Новый заголовок"
    article.save()
    assert {name: (media_root / name).stat().st_mtime_ns for name in files_in(media_root)} == before


def test_replacing_the_image_removes_the_old_files(media_root, django_capture_on_commit_callbacks):
    article = save_cover(make_image(1200, 800), name="first.jpg")
    old = files_in(media_root)
    assert len(old) == 7  # the original and 3 widths × 2 formats
    article = Article.objects.get(pk=article.pk)
    with django_capture_on_commit_callbacks(execute=True):
        article.cover = make_upload("second.png", make_image(900, 600, image_format="PNG"))
        article.save()
    new = files_in(media_root)
    assert not set(old) & set(new)
    assert len(new) == 7  # 900 pixels wide: 480, 800 and 900
    assert re.fullmatch(r"covers/\d{4}/\d{2}/second-[a-z0-9]{12}\.png", article.cover.name)


def test_removing_the_image_removes_its_files(media_root, django_capture_on_commit_callbacks):
    article = save_cover(make_image(1200, 800))
    article = Article.objects.get(pk=article.pk)
    with django_capture_on_commit_callbacks(execute=True):
        article.cover = None
        article.save()
    assert files_in(media_root) == []
    article.refresh_from_db()
    assert article.cover_renditions == [] and not article.cover


def test_files_stay_until_the_change_is_committed(media_root, django_capture_on_commit_callbacks):
    article = save_cover(make_image(1200, 800))
    article = Article.objects.get(pk=article.pk)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        article.cover = None
        article.save()
        assert len(files_in(media_root)) == 7  # a rollback would still find them
    for callback in callbacks:
        callback()
    assert files_in(media_root) == []


def test_the_original_file_name_does_not_reach_the_site():
    article = save_cover(make_image(800, 450), name="Айгүлдің телефоны IMG_2041.JPG")
    assert re.fullmatch(r"covers/\d{4}/\d{2}/aigulding-telefony-img_2041-[a-z0-9]{12}\.jpg", article.cover.name)


def test_a_drafts_cover_cannot_be_found_by_the_editors_file_name(client, media_root):
    """Stored as covers/<year>/<month>/<file name>.jpg, a draft's picture once answered 200 to anyone who guessed."""
    draft = save_cover(make_image(800, 450), name="secret-plan.jpg", status=Article.Status.DRAFT)
    folder = f"/media/covers/{draft.created_at:%Y/%m}"
    for guess in ("secret-plan.jpg", "secret-plan-480w.webp", "secret-plan-800w.jpg"):
        assert client.get(f"{folder}/{guess}").status_code == 404
    assert client.get(f"/media/{draft.cover.name}").status_code == 200  # it is there, under a name nobody can guess


# --- Pages --------------------------------------------------------------------------------------------------------


def test_article_page_uses_a_picture_with_srcset_sizes_and_dimensions(client):
    article = save_cover(make_image(2400, 1350))
    html = client.get(localized(article, "kk")).text
    cover = html[html.index('<figure class="article__cover">') : html.index("</figure>")]
    renditions = article.cover_renditions
    webp_srcset = ", ".join(f"/media/{item['webp']} {item['width']}w" for item in renditions)
    assert f'<source type="image/webp" srcset="{webp_srcset}" sizes="' in cover
    assert 'srcset="' + ", ".join(f"/media/{item['jpeg']} {item['width']}w" for item in renditions) + '"' in cover
    assert 'width="1600" height="900"' in cover
    assert 'loading="eager"' in cover and 'fetchpriority="high"' in cover
    assert 'alt="Сурет"' in cover
    assert f"/media/{article.cover.name}" not in html  # never the original upload


def test_open_graph_image_is_the_1200_pixel_jpeg(client):
    article = save_cover(make_image(2400, 1350))
    html = client.get(localized(article, "en")).text
    jpeg_1200 = next(item["jpeg"] for item in article.cover_renditions if item["width"] == 1200)
    assert f'<meta property="og:image" content="http://testserver/media/{jpeg_1200}">' in html
    assert '<meta property="og:image:width" content="1200">' in html
    assert '<meta property="og:image:height" content="675">' in html


def test_cards_load_images_lazily_below_the_fold(client):
    for days in range(1, 6):
        save_cover(make_image(1200, 675), days_ago=days)
    html = client.get(localized("news:list")).text
    loading = re.findall(r'<img [^>]*loading="(\w+)"', html)
    assert loading == ["eager", "lazy", "lazy", "lazy", "lazy"]
    assert html.count("<picture>") == 5
    assert html.count('<source type="image/webp"') == 5
    assert 'sizes="(min-width: 76rem) 23rem' in html


def test_a_cover_alt_text_in_another_language_is_marked(client):
    article = save_cover(make_image(800, 450))
    html = client.get(localized(article, "en")).text
    assert 'alt="Сурет" lang="kk"' in html


def test_an_image_saved_without_the_form_checks_is_kept_as_it_is(client):
    article = make_article(title_kk="Ескі сурет")
    article.cover.save("old.jpg", ContentFile(b"not an image"), save=True)
    article.refresh_from_db()
    assert article.cover_renditions == []
    assert client.get(localized(article, "kk")).status_code == 200


@pytest.mark.parametrize("how_many", [3, 30])
def test_images_cost_no_queries(client, django_assert_num_queries, how_many):
    category = make_category()
    content = make_image(800, 450)
    articles = [save_cover(content, days_ago=days, category=category) for days in range(1, how_many + 1)]
    # The articles' ids and view counts, the articles of the cards not kept yet, and what is then kept: figures (3),
    # areas, footer's office.
    with django_assert_num_queries(7):
        assert client.get(localized("home")).text.count("<picture>") == min(how_many, 6)
    with django_assert_num_queries(4):  # categories, count, ids and view counts, the articles of new cards
        client.get(localized("news:list"))
    with django_assert_num_queries(2):
        client.get(localized(articles[-1], "kk"))


def test_deleting_the_article_removes_its_files(media_root, django_capture_on_commit_callbacks):
    article = save_cover(make_image(1200, 800))
    assert len(files_in(media_root)) == 7
    with django_capture_on_commit_callbacks(execute=True):
        Article.objects.filter(pk=article.pk).delete()
    assert files_in(media_root) == []
