"""Staff lists fit a 1280 px laptop: every column shows without scrolling sideways, in Kazakh and in Russian, with
the long names, regions and titles real data has."""

from datetime import timedelta

import pytest
from django.utils import timezone

from news.models import Article
from tests.factories import make_article, make_category, make_staff
from tests.volunteers.helpers import make_application, make_coordinator
from volunteers.models import Application

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "secret-pass-123"

LONG_TITLES = [
    "Қазақстан Республикасы Президентінің еріктілер жылына арналған Жолдауы: өңірлердегі волонтерлік орталықтардың "
    "жаңа міндеттері мен мүмкіндіктері",
    "Шымкент қаласында өңірлік еріктілер орталығы ашылды: жастарға арналған тегін оқыту бағдарламалары басталды",
    "«Таза Қазақстан» күзгі сенбілігі: Өскемен, Павлодар және Семей тұрғындары ертіс жағалауын бірлесіп тазалады",
    "Ақтөбе облысында донорлық акция өтті: екі жүзден астам ерікті қан тапсырып, ауруханаларға көмек көрсетті",
]
LONG_NAMES = [
    "Әлия Нұрланқызы Сейітқалиева-Жұмабекова",
    "Бауыржан Серікқалиұлы Тұрсынбекұлы",
    "Гүлнұр Қайратқызы Мұхамедқалиева",
    "Ерғали Жақсылықұлы Әбдірахманов",
]
LONG_REGIONS = ["west-kazakhstan", "north-kazakhstan", "east-kazakhstan", "almaty-city"]


@pytest.fixture
def desk(chromium, request):
    """A 1280 × 800 laptop whose owner reads the admin in `request.param`."""
    language = request.param
    context = chromium.new_context(viewport={"width": 1280, "height": 800}, locale=f"{language}-KZ")
    context.set_extra_http_headers({"Accept-Language": language})
    page = context.new_page()
    yield page
    context.close()


def sign_in(page, live_server, username, next_url):
    page.goto(f"{live_server.url}/admin/login/?next={next_url}")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"**{next_url}")


def overflow(page):
    """How many pixels the list's table sticks out of its box (and could shrink by), and the headers it has."""
    return page.evaluate(
        """() => {
            const box = document.querySelector('#changelist .results');
            const table = document.querySelector('#result_list');
            const fitted = table.scrollWidth - box.clientWidth;
            table.style.width = 'min-content';  // as narrow as its content allows: the room left to spare
            const spare = box.clientWidth - table.scrollWidth;
            table.style.width = '';
            return {
                overflow: fitted,
                spare: spare,
                pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
                headers: [...table.querySelectorAll('thead th')].map(th => th.innerText.trim()).filter(Boolean),
            };
        }"""
    )


@pytest.mark.parametrize("desk", ["kk", "ru"], indirect=True)
def test_the_articles_list_fits_a_laptop(live_server, desk):
    category = make_category(name_kk="Жобалар мен акциялар", name_ru="Проекты и акции")
    for number, title in enumerate(LONG_TITLES * 3):
        make_article(
            title_kk=title,
            title_ru="" if number % 2 else "Волонтёры провели акцию",
            category=category,
            views=123_456 + number,
            status=Article.Status.DRAFT if number % 3 == 0 else Article.Status.PUBLISHED,
            published_at=timezone.now() + timedelta(days=number - 6),
        )
    make_staff("editor", groups=["Editors"], password=PASSWORD)
    sign_in(desk, live_server, "editor", "/admin/news/article/")
    measured = overflow(desk)
    print(f"\narticles {measured}")
    assert len(measured["headers"]) == 6
    assert measured["overflow"] <= 0, measured
    assert measured["pageOverflow"] <= 0, measured


@pytest.mark.parametrize("desk", ["kk", "ru"], indirect=True)
def test_the_applications_list_fits_a_laptop(live_server, desk, directions):
    make_coordinator("coordinator", all_regions=True, password=PASSWORD)
    for number in range(12):
        application = make_application(
            directions,
            full_name=LONG_NAMES[number % 4],
            region=LONG_REGIONS[number % 4],
            phone=f"8 701 000 00 {number % 6:02d}",  # half of them repeat a phone: flagged as duplicates
            directions=[directions[slug].pk for slug in ("environment", "social-care", "children-youth")],
            language=["kk", "ru"][number % 2],
        )
        Application.objects.filter(pk=application.pk).set_status(Application.Status.CONTACTED if number % 2 else "new")
    sign_in(desk, live_server, "coordinator", "/admin/volunteers/application/")
    measured = overflow(desk)
    print(f"\napplications {measured}")
    assert len(measured["headers"]) == 9
    assert measured["overflow"] <= 0, measured
    assert measured["pageOverflow"] <= 0, measured
