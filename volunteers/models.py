"""Applications to volunteer, the directions they choose, the coordinators who answer them and the mail sent."""

from datetime import date, timedelta

from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Case, Count, F, Q, When
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_prose_editor.fields import ProseEditorField

from news.models import TranslatedContent
from news.sanitizer import EDITOR_EXTENSIONS, sanitize
from portal.models import OutgoingEmail
from portal.page_cache import content_changed

# An application still `new` this long after it was sent is "waiting": it shows under the admin filter and in the
# coordinators' daily digest.
WAITING_AFTER = timedelta(days=3)
ADULT_AGE = 18
MAX_AGE = 100

# Reference numbers are random, not sequential, so that nobody can guess another applicant's from their own.
# No 0/O, 1/I/L: they are read out over the phone.
REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def new_reference():
    code = get_random_string(8, REFERENCE_ALPHABET)
    return f"{code[:4]}-{code[4:]}"


def normalize_reference(value):
    """What a person typed as a reference number ("k7qx 9mpa", "K7QX-9MPA") in its stored form."""
    code = "".join(char for char in value.upper() if char.isalnum())
    return f"{code[:4]}-{code[4:]}" if len(code) == 8 else code


def age_on(birth_date, day):
    """Full years of a person born on `birth_date`, on `day`."""
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


class Region(models.TextChoices):
    """Kazakhstan's 3 cities of republican significance and 17 regions (since 2022)."""

    ASTANA = "astana", _("Astana")
    ALMATY_CITY = "almaty-city", _("Almaty")
    SHYMKENT = "shymkent", _("Shymkent")
    ABAI = "abai", _("Abai Region")
    AKMOLA = "akmola", _("Akmola Region")
    AKTOBE = "aktobe", _("Aktobe Region")
    ALMATY = "almaty", _("Almaty Region")
    ATYRAU = "atyrau", _("Atyrau Region")
    EAST_KAZAKHSTAN = "east-kazakhstan", _("East Kazakhstan Region")
    JAMBYL = "jambyl", _("Jambyl Region")
    JETISU = "jetisu", _("Jetisu Region")
    KARAGANDA = "karaganda", _("Karaganda Region")
    KOSTANAY = "kostanay", _("Kostanay Region")
    KYZYLORDA = "kyzylorda", _("Kyzylorda Region")
    MANGYSTAU = "mangystau", _("Mangystau Region")
    NORTH_KAZAKHSTAN = "north-kazakhstan", _("North Kazakhstan Region")
    PAVLODAR = "pavlodar", _("Pavlodar Region")
    TURKISTAN = "turkistan", _("Turkistan Region")
    ULYTAU = "ulytau", _("Ulytau Region")
    WEST_KAZAKHSTAN = "west-kazakhstan", _("West Kazakhstan Region")

    @classmethod
    def cities(cls):
        return [cls.ASTANA, cls.ALMATY_CITY, cls.SHYMKENT]


class SpokenLanguage(models.TextChoices):
    KAZAKH = "kk", _("Kazakh")
    RUSSIAN = "ru", _("Russian")
    ENGLISH = "en", _("English")
    OTHER = "other", pgettext_lazy("language", "Other")


class Availability(models.TextChoices):
    WEEKDAYS = "weekdays", _("Weekdays")
    WEEKENDS = "weekends", _("Weekends")
    EVENINGS = "evenings", _("Evenings")
    FLEXIBLE = "flexible", _("Flexible")


class DirectionQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)


class Direction(TranslatedContent, models.Model):
    """An area of volunteering: chosen on the form, and a public page of its own (texts are translated)."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("code"),
        max_length=50,
        unique=True,
        help_text=_("A short Latin name, used in exports and in the address of the direction's page."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences for the home page and the list of directions."),
    )
    body = ProseEditorField(
        _("what volunteers do"),
        blank=True,
        extensions=EDITOR_EXTENSIONS,
        sanitize=sanitize,
        help_text=_("The direction's page: what volunteers do, where and with whom, and what they need to know."),
    )
    is_hazardous = models.BooleanField(
        _("hazardous"),
        default=False,
        help_text=_("Hazardous areas of volunteering (such as emergencies) cannot be chosen by applicants under 18."),
    )
    is_active = models.BooleanField(
        _("shown on the form"),
        default=True,
        help_text=_("Untick to retire an area of volunteering without losing its history."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = DirectionQuerySet.as_manager()

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("area of volunteering")
        verbose_name_plural = _("areas of volunteering")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("pages:direction", kwargs={"slug": self.slug})

    @property
    def safe_body(self):
        return sanitize(self.body)


# The form and the public pages show the directions: an edit shows on them at once.
post_save.connect(content_changed, sender=Direction)
post_delete.connect(content_changed, sender=Direction)


class ApplicationQuerySet(models.QuerySet):
    def waiting(self, now=None):
        """Applications still new WAITING_AFTER after they were sent: nobody has answered them yet."""
        return self.filter(status=Application.Status.NEW, submitted_at__lte=(now or timezone.now()) - WAITING_AFTER)

    def new_by_region(self, now=None):
        """[{"region", "new", "waiting"}] for the regions that have new applications here: how many, and how many of
        them are waiting (one query)."""
        waiting_since = (now or timezone.now()) - WAITING_AFTER
        return list(
            self.filter(status=Application.Status.NEW)
            .values("region")
            .annotate(new=Count("pk"), waiting=Count("pk", filter=Q(submitted_at__lte=waiting_since)))
            .order_by("region")
        )

    def with_duplicate_shown_to(self, user):
        """Annotated with `duplicate_reference` and `duplicate_name`: the earlier application with the same phone
        number, when `user` may see it, else None. A coordinator learns that an applicant also applied in a region
        they do not cover, never who that applicant is."""
        regions = regions_of(user)

        def shown(field):
            value = F(f"duplicate_of__{field}")
            return value if regions is None else Case(When(duplicate_of__region__in=regions, then=value), default=None)

        return self.annotate(duplicate_reference=shown("reference"), duplicate_name=shown("full_name"))

    def in_regions(self, regions):
        """Applications of these regions; `None` means every region."""
        return self if regions is None else self.filter(region__in=regions)

    def visible_to(self, user):
        return self.in_regions(regions_of(user))

    def set_status(self, status):
        """Change the status of every application here with one UPDATE; returns how many changed."""
        return self.exclude(status=status).update(status=status, status_changed_at=timezone.now())

    def due_for_anonymization(self, months):
        """Declined and closed applications whose status last changed more than `months` months ago."""
        cutoff = timezone.now() - timedelta(days=round(months * 30.44))
        return self.filter(
            status__in=[Application.Status.DECLINED, Application.Status.CLOSED],
            status_changed_at__lt=cutoff,
            anonymized_at__isnull=True,
        )


class ApplicationStatus(models.TextChoices):
    NEW = "new", _("New")
    CONTACTED = "contacted", _("Contacted")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    # The volunteering is over, or the applicant withdrew: kept for statistics, anonymised later.
    CLOSED = "closed", _("Closed")


class Application(models.Model):
    Status = ApplicationStatus

    reference = models.CharField(_("reference number"), max_length=9, unique=True, default=new_reference)
    full_name = models.CharField(_("full name"), max_length=150)
    birth_date = models.DateField(_("date of birth"))
    guardian_consent = models.BooleanField(_("parent's or guardian's consent"), default=False)
    phone = models.CharField(_("phone"), max_length=20, db_index=True, help_text=_("In international form (E.164)."))
    email = models.EmailField(_("email"), blank=True)
    region = models.CharField(_("region"), max_length=20, choices=Region)
    city = models.CharField(_("city or village"), max_length=100, blank=True)
    directions = models.ManyToManyField(Direction, verbose_name=_("areas of volunteering"), related_name="applications")
    languages = models.JSONField(_("languages"), default=list, blank=True)
    availability = models.JSONField(_("availability"), default=list, blank=True)
    about = models.TextField(_("experience and motivation"), max_length=2000, blank=True)

    # The consent record: which text the applicant agreed to, in which language, and when.
    consent_version = models.CharField(_("consent text version"), max_length=20)
    consent_language = models.CharField(_("consent language"), max_length=5, choices=settings.LANGUAGES)
    consent_given_at = models.DateTimeField(_("consent given at"))

    language = models.CharField(
        _("language"),
        max_length=5,
        choices=settings.LANGUAGES,
        help_text=_("The language the form was sent in: answer the applicant in it."),
    )
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.NEW)
    status_changed_at = models.DateTimeField(_("status changed"), default=timezone.now)
    duplicate_of = models.ForeignKey(
        "self",
        verbose_name=_("possible duplicate of"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="duplicates",
        help_text=_("An earlier application with the same phone number."),
    )
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    anonymized_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        indexes = [
            models.Index(fields=["status", "submitted_at"], name="volunteers_app_status"),
            models.Index(fields=["region", "-submitted_at"], name="volunteers_app_region"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=ApplicationStatus.values), name="volunteers_application_status_valid"
            ),
            models.CheckConstraint(condition=Q(region__in=Region.values), name="volunteers_application_region_valid"),
            models.CheckConstraint(condition=~Q(consent_version=""), name="volunteers_application_consent_recorded"),
        ]

    def __str__(self):
        return f"{self.reference} {self.full_name}"

    def get_admin_url(self):
        return reverse("admin:volunteers_application_change", args=[self.pk])

    @property
    def is_duplicate(self):
        return self.duplicate_of_id is not None

    @property
    def age(self):
        return age_on(self.birth_date, timezone.localdate(self.submitted_at)) if self.birth_date else None

    def anonymize(self):
        """Remove what identifies the applicant; keep what statistics need (region, directions, year of birth)."""
        self.full_name = "—"
        self.birth_date = date(self.birth_date.year, 1, 1)
        self.phone = ""
        self.email = ""
        self.city = ""
        self.about = ""
        self.anonymized_at = timezone.now()
        self.save()
        self.notes.all().delete()
        # The applicant's address, and mail server errors that may quote it; coordinators' addresses stay.
        self.notifications.filter(kind__in=Notification.TO_APPLICANT).update(recipient="")
        self.notifications.filter(status=Notification.Status.PENDING).update(status=Notification.Status.CANCELLED)
        self.notifications.update(last_error="", message="")
        # The admin's history names the object: it must not keep the name either.
        LogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Application), object_id=str(self.pk)
        ).update(object_repr=str(self))


class Note(models.Model):
    """A coordinator's note on an application: calls made, what was agreed."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), on_delete=models.SET_NULL, null=True, related_name="+"
    )
    text = models.TextField(_("note"))
    created_at = models.DateTimeField(_("written"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("note")
        verbose_name_plural = _("notes")

    def __str__(self):
        return self.text[:50]


class Notification(OutgoingEmail):
    """One e-mail about applications, in the outbox (portal/outbox.py): stored with what it is about, sent afterwards
    by a background task, written at send time in the recipient's language (volunteers/notifications.py)."""

    class Kind(models.TextChoices):
        COORDINATOR = "coordinator", _("New application, to a coordinator")
        CONFIRMATION = "confirmation", _("Confirmation, to the applicant")
        STATUS = "status", _("Status change, to the applicant")
        DIGEST = "digest", _("Waiting applications, to a coordinator")

    # The kinds that go to the applicant, at the address they gave.
    TO_APPLICANT = [Kind.CONFIRMATION, Kind.STATUS]

    application = models.ForeignKey(
        Application,
        verbose_name=_("application"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="notifications",
    )
    coordinator = models.ForeignKey(
        "CoordinatorProfile",
        verbose_name=_("coordinator"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="notifications",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    message = models.TextField(
        _("message to the applicant"), blank=True, help_text=_("Written by the coordinator who changed the status.")
    )
    told_status = models.CharField(
        _("status told"),
        max_length=20,
        choices=ApplicationStatus,
        blank=True,
        help_text=_("The status this e-mail gave the applicant (the latest one when it was sent)."),
    )

    class Meta(OutgoingEmail.Meta):
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")

    def __str__(self):
        return f"{self.get_kind_display()} → {self.recipient}"


class CoordinatorProfileQuerySet(models.QuerySet):
    def for_region(self, region):
        """Active coordinators with an email address who cover `region`."""
        return (
            self.filter(Q(all_regions=True) | Q(regions__region=region), user__is_active=True)
            .exclude(user__email="")
            .select_related("user")
            .distinct()
        )


class CoordinatorProfile(models.Model):
    """Ties a staff account to the regions whose applications it sees and is told about."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="coordinator_profile",
    )
    all_regions = models.BooleanField(
        _("all regions"), default=False, help_text=_("Sees and is notified of applications from every region.")
    )
    language = models.CharField(
        _("language of emails"), max_length=5, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    receives_notifications = models.BooleanField(
        _("receives emails"), default=True, help_text=_("New applications and the daily digest of waiting ones.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = CoordinatorProfileQuerySet.as_manager()

    class Meta:
        ordering = ["user__username"]
        verbose_name = _("coordinator")
        verbose_name_plural = _("coordinators")

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()

    @property
    def region_codes(self):
        """The regions this coordinator covers; `None` means every region."""
        return None if self.all_regions else [item.region for item in self.regions.all()]


class CoordinatorRegion(models.Model):
    profile = models.ForeignKey(CoordinatorProfile, on_delete=models.CASCADE, related_name="regions")
    region = models.CharField(_("region"), max_length=20, choices=Region)

    class Meta:
        ordering = ["region"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        constraints = [
            models.UniqueConstraint(fields=["profile", "region"], name="volunteers_coordinator_region_once"),
            models.CheckConstraint(condition=Q(region__in=Region.values), name="volunteers_coordinator_region_valid"),
        ]

    def __str__(self):
        return self.get_region_display()


def regions_of(user):
    """The regions whose applications `user` may see: `None` for all, a list (maybe empty) otherwise."""
    if user.is_superuser:
        return None
    if not hasattr(user, "_volunteer_regions"):
        profile = CoordinatorProfile.objects.filter(user=user).prefetch_related("regions").first()
        user._volunteer_regions = [] if profile is None else profile.region_codes
    return user._volunteer_regions
