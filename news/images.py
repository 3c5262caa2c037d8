"""Cover images: checked on upload, cleaned of metadata, then resized once into the renditions that pages use.

An upload is refused (with a form error in the editor's language, never a 500) unless it really is a JPEG, PNG or WebP
image whose name says so, within MAX_UPLOAD_BYTES and MAX_PIXELS. What is kept is re-encoded from the pixels: the
EXIF orientation is applied and every piece of metadata (EXIF with GPS, XMP, comments, text chunks, colour profiles
once converted to sRGB) is left behind, so nothing about the camera or the place leaks.
"""

import io
import warnings
from dataclasses import dataclass
from pathlib import PurePosixPath

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

MAX_UPLOAD_BYTES = 15 * 1024 * 1024
MAX_PIXELS = 40_000_000
# Accepted formats, as Pillow names them, with the file name endings that announce each.
EXTENSIONS = {"JPEG": (".jpg", ".jpeg"), "PNG": (".png",), "WEBP": (".webp",)}
FORMAT_NAMES = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP"}
# Widths of the renditions (never wider than the upload). Cards are at most ~380 CSS px wide, the article's cover
# ~780: these cover both on phones and high-density screens.
RENDITION_WIDTHS = (480, 800, 1200, 1600)
# The width used for link previews (og:image) and for browsers that understand neither srcset nor WebP.
DEFAULT_WIDTH = 1200

ORIGINAL_SAVE_OPTIONS = {
    "JPEG": {"quality": 90, "optimize": True, "progressive": True},
    "PNG": {"compress_level": 6},
    "WEBP": {"quality": 90, "method": 4},
}
WEBP_OPTIONS = {"quality": 80, "method": 4}
JPEG_OPTIONS = {"quality": 82, "optimize": True, "progressive": True}

SRGB = ImageCms.createProfile("sRGB")

MESSAGES = {
    "too_large": _("The file is %(size)s; a cover image may be at most %(limit)s. Save it smaller and try again."),
    "extension": _("Upload a JPEG, PNG or WebP image (a file name ending in .jpg, .jpeg, .png or .webp)."),
    "not_image": _("This file is not an image that can be read. Upload a JPEG, PNG or WebP image."),
    "format": _("This file holds a %(format)s image. Upload a JPEG, PNG or WebP image."),
    "mismatch": _(
        "The file name ends in %(extension)s, but the file holds a %(format)s image. "
        "Rename it or save it again in the right format."
    ),
    "pixels": _(
        "The image is too large: %(width)s × %(height)s pixels. A cover image may have at most "
        "%(megapixels)s megapixels; make it smaller and try again."
    ),
    "bomb": _(
        "The image claims a size of more pixels than is safe to open (%(megapixels)s megapixels at most). "
        "Upload an ordinary photograph."
    ),
    "broken": _("The image is damaged or incomplete and cannot be opened. Save it again and upload the new file."),
}


def error(code, **params):
    return ValidationError(MESSAGES[code], code=code, params=params or None)


@dataclass(frozen=True)
class CheckedImage:
    format: str
    width: int
    height: int


def check_upload(upload):
    """Raise a ValidationError unless `upload` is a JPEG, PNG or WebP image within the limits, named for its content.

    The size and pixel limits are checked from the header before anything is decoded; then the whole image is decoded
    once, so that a truncated or corrupt file is found here rather than while making renditions.
    """
    if upload.size is not None and upload.size > MAX_UPLOAD_BYTES:
        raise error("too_large", size=filesizeformat(upload.size), limit=filesizeformat(MAX_UPLOAD_BYTES))
    extension = PurePosixPath(upload.name or "").suffix.lower()
    if not any(extension in endings for endings in EXTENSIONS.values()):
        raise error("extension")
    with warnings.catch_warnings():
        # Pillow warns (and, past twice its limit, refuses) about images with absurd pixel counts: both are bombs.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            upload.seek(0)
            with Image.open(upload) as image:
                kind, width, height = image.format, image.width, image.height
                if kind not in EXTENSIONS:
                    raise error("format", format=kind or "?")
                if extension not in EXTENSIONS[kind]:
                    raise error("mismatch", extension=extension, format=FORMAT_NAMES[kind])
                if width * height > MAX_PIXELS:
                    raise error("pixels", width=width, height=height, megapixels=MAX_PIXELS // 1_000_000)
                image.load()
        except ValidationError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise error("bomb", megapixels=MAX_PIXELS // 1_000_000) from None
        except UnidentifiedImageError:
            raise error("not_image") from None
        except Exception:  # Pillow reports damaged files with many exception types (OSError, SyntaxError, ...).
            raise error("broken") from None
        finally:
            upload.seek(0)
    return CheckedImage(kind, width, height)


class CoverImageField(forms.ImageField):
    """An image upload checked by check_upload() (which also replaces the extension validator)."""

    default_validators = []

    def to_python(self, data):
        upload = forms.FileField.to_python(self, data)
        if upload is not None:
            check_upload(upload)
        return upload


# --- Processing ---------------------------------------------------------------------------------------------------


@dataclass
class CleanImage:
    """An upload re-encoded from its pixels only: upright, sRGB, without metadata."""

    image: Image.Image
    format: str
    content: bytes

    @property
    def extension(self):
        return EXTENSIONS[self.format][0]


def clean_image(file):
    """Open an image, apply its EXIF orientation, convert it to sRGB and re-encode it without any metadata."""
    file.seek(0)
    with Image.open(file) as opened:
        kind = opened.format
        if kind not in EXTENSIONS:
            raise error("format", format=kind or "?")
        opened.seek(0)  # the first frame of an animation
        image = ImageOps.exif_transpose(opened)  # a copy, upright
        image = to_srgb(image, opened.info.get("icc_profile"))
    image.info = {}
    buffer = io.BytesIO()
    image.save(buffer, kind, **ORIGINAL_SAVE_OPTIONS[kind])
    return CleanImage(image=image, format=kind, content=buffer.getvalue())


def has_alpha(image):
    return image.mode in {"RGBA", "LA", "PA", "La", "RGBa"} or "transparency" in image.info


def to_srgb(image, icc_profile=None):
    """The image as RGB (or RGBA when it has transparency) in the sRGB colour space."""
    if icc_profile:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
            output_mode = "RGBA" if image.mode == "RGBA" else "RGB"
            if image.mode in {"RGB", "RGBA", "CMYK", "L"}:
                return ImageCms.profileToProfile(image, source, SRGB, outputMode=output_mode)
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a broken profile: fall back to a plain conversion
    if image.mode in {"I", "I;16", "I;16B", "I;16L", "I;16N", "F"}:
        # 16-bit and float greyscale: scale to 8 bits before converting.
        image = image.convert("I").point(lambda value: value / 256).convert("L")
    if image.mode in {"RGB", "RGBA"}:
        return image
    return image.convert("RGBA" if has_alpha(image) else "RGB")


def rendition_widths(width):
    return sorted({min(target, width) for target in RENDITION_WIDTHS})


def flatten(image):
    """An RGB image for JPEG: transparent areas become white, as they look on our pages."""
    if image.mode != "RGBA":
        return image
    background = Image.new("RGB", image.size, (255, 255, 255))
    background.paste(image, mask=image.getchannel("A"))
    return background


def make_renditions(image, name, storage):
    """Write a WebP and a JPEG of the image at each rendition width beside `name`; return what was written.

    The result is stored on the article (a list of {"width", "height", "webp", "jpeg"}), so pages build their
    srcset without touching the storage or the database.
    """
    stem = str(PurePosixPath(name).with_suffix(""))
    renditions = []
    for width in rendition_widths(image.width):
        height = max(1, round(image.height * width / image.width))
        resized = (
            image if width == image.width else image.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
        )
        names = {}
        for kind, extension, picture, options in [
            ("webp", "webp", resized, WEBP_OPTIONS),
            ("jpeg", "jpg", flatten(resized), JPEG_OPTIONS),
        ]:
            buffer = io.BytesIO()
            picture.save(buffer, kind.upper(), **options)
            names[kind] = storage.save(f"{stem}-{width}w.{extension}", ContentFile(buffer.getvalue()))
        renditions.append({"width": width, "height": height, **names})
    return renditions


def delete_files(storage, names):
    for name in names:
        if name:
            storage.delete(name)


@dataclass(frozen=True)
class Picture:
    """What a template needs for <picture>: srcsets, a fallback source and the intrinsic size (no layout shift)."""

    webp_srcset: str
    jpeg_srcset: str
    src: str
    width: int
    height: int
    default_src: str
    default_width: int
    default_height: int


def picture(renditions, storage):
    """A Picture from the stored renditions; None when there are none."""
    if not renditions:
        return None
    largest = renditions[-1]
    default = next((item for item in renditions if item["width"] >= DEFAULT_WIDTH), largest)
    fallback = next((item for item in renditions if item["width"] >= 800), largest)
    return Picture(
        webp_srcset=", ".join(f"{storage.url(item['webp'])} {item['width']}w" for item in renditions),
        jpeg_srcset=", ".join(f"{storage.url(item['jpeg'])} {item['width']}w" for item in renditions),
        src=storage.url(fallback["jpeg"]),
        width=largest["width"],
        height=largest["height"],
        default_src=storage.url(default["jpeg"]),
        default_width=default["width"],
        default_height=default["height"],
    )


def rendition_names(renditions):
    return [item[kind] for item in renditions or [] for kind in ("webp", "jpeg")]
