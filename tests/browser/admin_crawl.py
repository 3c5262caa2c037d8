"""Walk every admin page a staff member reaches, in a real browser, and read the text a person sees on each.

Used by tests/browser/test_admin_languages.py and by bench/admin_english.py. The walk starts at the admin index and
follows the links it finds (so models added later are walked too): each change list with its filters open and
counted, a filter applied, a row selected and a column sorted; each add and change form with its calendar and clock
opened, an inline row added and, in the rich-text editor, its dialogs opened; history and delete pages.
"""

import functools
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

PASSWORD = "сынақ-құпиясөзі-2026"
# Test data is Kazakh and Russian only, so that any Latin word on a page is the interface's. Even the browser's
# User-Agent, which the login protection shows in its lists.
USER_AGENT = "Шолғыш/1.0"


def populate(password):
    """Accounts of each role (әкімші, редактор, үйлестіруші) and a little of everything they work with."""
    from django.contrib.admin.models import ADDITION, LogEntry
    from django.contrib.auth import get_user_model
    from modeltranslation.translator import translator

    from pages.models import PrivacyPolicy
    from portal.roles import ensure_groups
    from tests.factories import make_article, make_category, make_staff
    from tests.volunteers.helpers import make_application, make_coordinator
    from volunteers.models import Direction

    ensure_groups()
    admin = get_user_model().objects.create_superuser("әкімші", "akimshi@birgemiz.kz", password)
    make_staff("редактор", groups=["Editors"], password=password)
    make_coordinator("үйлестіруші", all_regions=True, password=password)
    category = make_category(name_kk="Жобалар мен акциялар", name_ru="Проекты и акции", name_en="", slug="zhobalar")
    article = make_article(
        category=category,
        title_kk="Еріктілер саябаққа ағаш отырғызды",
        title_ru="Волонтёры посадили деревья",
        title_en="",
    )
    make_article(days_ago=40, title_en="", status="draft")
    # Rows that migrations wrote (pages, areas of volunteering) carry English texts: the interface's words only here.
    for model in translator.get_registered_models():
        fields = translator.get_options_for_model(model).get_field_names()
        model.objects.update(**{f"{field}_en": "" for field in fields})
    PrivacyPolicy.objects.all().delete()  # the migration's text says "cookie", as Kazakh does
    PrivacyPolicy.objects.create(version="2026-01", body_kk="<p>Жеке деректер туралы.</p>").publish()
    directions = {direction.slug: direction for direction in Direction.objects.all()}
    application = make_application(directions, full_name="Әлия Сейітқали", about="Экологиялық клубты басқардым.")
    application.notes.create(text="Қоңырау шалдым, ертең қайта хабарласамын.", author=admin)
    LogEntry.objects.log_actions(admin.pk, [article], ADDITION, change_message=[{"added": {}}], single_object=True)
    return admin


# What a person reads: the rendered text (icon ligatures such as "format_bold" are pictures, not text), the page
# title, the attributes that screen readers and tooltips announce, button values and every option of every list.
# Text marked as another language (the language switcher's "English", content in its own language) is not the
# interface's.
READ_PAGE = """() => {
  const language = document.documentElement.lang;
  const foreign = `:not(html)[lang]:not([lang="${language}"])`;
  const style = document.createElement("style");
  style.textContent = `.material-icons, ${foreign} { visibility: hidden !important; }`;
  document.head.append(style);
  const parts = [document.title, document.body.innerText];
  style.remove();
  const read = (element) => !element.closest(foreign);
  for (const element of [...document.querySelectorAll("[title], [placeholder], [aria-label], [alt]")].filter(read)) {
    for (const name of ["title", "placeholder", "aria-label", "alt"]) {
      if (element.hasAttribute(name)) parts.push(element.getAttribute(name));
    }
  }
  for (const element of document.querySelectorAll("input[type=submit], input[type=button], input[type=reset]")) {
    parts.push(element.value);
  }
  for (const option of [...document.querySelectorAll("option")].filter(read)) parts.push(option.text);
  return parts.join("\\n");
}"""


@dataclass
class Reading:
    """The text of each page visited, by a label that says where it was read."""

    pages: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)

    def read(self, page, label):
        label = re.sub(r"^https?://[^/]+", "", label)
        page.wait_for_load_state()
        text = page.evaluate(READ_PAGE)
        self.pages[label] = self.pages.get(label, "") + "\n" + text
        return text


def open_details(page):
    page.evaluate("() => document.querySelectorAll('details').forEach((d) => { d.open = true; })")


def sign_in(page, base, username, password):
    page.goto(base + "/admin/login/?next=/admin/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_url(base + "/admin/")


def model_links(page, base):
    """The change list of every model on the index, and its add form where there is one."""
    links = []
    for row in page.locator("#content-main tr[class^=model-]").all():
        changelist = row.locator("th a")
        if changelist.count():
            add = row.locator("a.addlink")
            links.append(
                (
                    urljoin(base, changelist.get_attribute("href")),
                    urljoin(base, add.get_attribute("href")) if add.count() else None,
                )
            )
    return links


def read_change_list(page, reading, url):
    page.goto(url)
    open_details(page)
    label = url
    reading.read(page, label)
    # Facet counts, then one filter applied (it shows "Clear all filters" and the filter in the search line).
    show_counts = page.locator("#changelist-filter-extra-actions a.viewlink")
    if show_counts.count():
        show_counts.click()
        page.wait_for_load_state()
        open_details(page)
        reading.read(page, label)
    choice = page.locator("#changelist-filter li:not(.selected) a").first
    if choice.count():
        choice.click()
        page.wait_for_load_state()
        open_details(page)
        reading.read(page, label)
        page.goto(url)
    # A sortable column sorted (its "Remove from sorting" / "Toggle sorting" titles) and a row selected.
    header = page.locator("#result_list thead th.sortable .text a").first
    if header.count():
        header.click()
        page.wait_for_load_state()
        reading.read(page, label)
    row = page.locator("#result_list tbody input.action-select").first
    if row.count():
        row.check()
        reading.read(page, label)
    # The date drill-down, down to the days of a month.
    for _level in range(2):
        step = page.locator(".xfull a:not(.date-back a)").first  # Django 6 lists years, then months
        if not step.count():
            break
        step.click()
        page.wait_for_load_state()
        reading.read(page, label)
    page.goto(url)
    first = page.locator("#result_list tbody th a, #result_list tbody td.field-__str__ a").first
    return urljoin(url, first.get_attribute("href")) if first.count() else None


def read_form(page, reading, url):
    """A change or add form with its JavaScript-made parts opened."""
    page.goto(url)
    page.wait_for_load_state("networkidle")
    open_details(page)
    reading.read(page, url)
    for shortcut in ("a[id^=calendarlink]", "a[id^=clocklink]"):
        link = page.locator(shortcut).first
        if link.count() and link.is_visible():
            link.click()
            reading.read(page, url)
            page.keyboard.press("Escape")
            page.evaluate("() => document.querySelectorAll('.calendarbox, .clockbox').forEach((b) => b.remove())")
    add_row = page.locator(".add-row a").first
    if add_row.count() and add_row.is_visible():
        add_row.click()
        reading.read(page, url)
    if page.locator(".prose-editor").count():
        read_editor_dialogs(page, reading, url)


# The toolbar buttons that open a dialog, by their icon (their titles are translated).
EDITOR_DIALOGS = ["insert_link", "image", "tune"]


def read_editor_dialogs(page, reading, url):
    """Each dialog of the first visible rich-text editor, opened from its toolbar and closed again."""
    editor = page.locator(".prose-editor:visible").first
    editor.locator(".ProseMirror[contenteditable=true]").click()
    page.keyboard.type("Сынақ")
    page.keyboard.press("Shift+Home")
    for icon in EDITOR_DIALOGS:
        button = editor.locator(".prose-menubar__button.material-icons", has_text=re.compile(f"^{icon}$"))
        if not button.count() or not button.first.is_visible():
            continue
        button.first.click()
        dialog = page.locator("dialog[open]")
        if dialog.count():
            reading.read(page, url)
            page.keyboard.press("Escape")


def crawl(page, base, *, details=True):
    """Every page reachable from the admin index for the signed-in user. With `details`, also history, delete and
    bulk-delete pages (of the first model that has them) and the password change form."""
    reading = Reading()
    page.on("pageerror", lambda error: reading.errors.append(f"{page.url}: {error}"))
    page.goto(base + "/admin/")
    reading.read(page, "index")
    links = model_links(page, base)
    history_done = delete_done = False
    for changelist, add in links:
        obj = read_change_list(page, reading, changelist)
        if add:
            read_form(page, reading, add)
        if not obj:
            continue
        read_form(page, reading, obj)
        history = page.locator("a.historylink")
        if details and not history_done and history.count():
            page.goto(urljoin(base, history.get_attribute("href")))
            reading.read(page, "history")
            history_done = True
            page.goto(obj)
        delete = page.locator("a.deletelink")
        if details and not delete_done and delete.count():
            page.goto(urljoin(base, delete.get_attribute("href")))
            reading.read(page, "delete")
            read_bulk_delete(page, reading, changelist)
            delete_done = True
    if details:
        page.goto(base + "/admin/password_change/")
        reading.read(page, "password change")
        page.fill("#id_old_password", "не-сол-құпиясөз")
        page.fill("#id_new_password1", "жаңа-құпиясөз-2026")
        page.fill("#id_new_password2", "басқа-құпиясөз-2026")
        page.click("input[type=submit]")
        reading.read(page, "password change")
    return reading


def read_bulk_delete(page, reading, changelist):
    page.goto(changelist)
    toggle = page.locator("#action-toggle")
    if not toggle.count():
        return
    toggle.check()
    question = page.locator(".actions .question a")
    if question.count() and question.is_visible():
        question.click()  # "select all N"
        reading.read(page, "bulk delete")
    page.select_option(".actions select[name=action]", "delete_selected")
    page.click(".actions button[type=submit]")
    page.wait_for_load_state()
    reading.read(page, "bulk delete")


def read_signed_out_pages(page, base, reading, *, username, wrong_password, lock_out):
    """Logout page, login page, a failed login's error and, after enough failures, the lockout page."""
    logout = page.locator("#logout-form button")
    if logout.count():
        logout.click()
        page.wait_for_load_state()
        reading.read(page, "logged out")
    page.goto(base + "/admin/login/")
    reading.read(page, "login")
    for _attempt in range(lock_out):
        page.goto(base + "/admin/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", wrong_password)
        page.click("input[type=submit]")
        page.wait_for_load_state()
    reading.read(page, "lockout" if lock_out > 1 else "failed login")
    return reading


# --- English words ------------------------------------------------------------------------------------------------

LATIN_WORD = re.compile(r"[A-Za-z]+")
PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[sdif]|\{[^}]*\}|<[^>]+>|&\w+;")
# Words that are the same in every language: names, abbreviations and formats.
NOT_ENGLISH = {"birgemiz", "url", "html", "csv", "ip", "ipv", "json", "uuid", "http", "https", "sha", "utf", "ldap"}
NOT_INTERFACE = [
    re.compile(r"https?://\S+"),  # addresses
    re.compile(r"\S+@\S+"),  # e-mail addresses
    re.compile(r"\b\w+/[\w.+*-]+"),  # MIME types in the login log ("text/html")
    re.compile(r"(?<![\w)])/[\w/.?=&%-]*"),  # paths
    re.compile(r"\b\w+(?:[._]\w+)+\b"),  # identifiers of code ("volunteers.notifications.send_email")
    re.compile(r"\b\w+="),  # names in stored form data ("username=...")
    re.compile(r'"\w+":'),  # keys of stored JSON
    re.compile(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b"),  # slugs ("skills-based")
    re.compile(r"\b[A-Z0-9]{4}-[A-Z0-9]{4}\b"),  # reference numbers of applications ("K7QX-9MPA")
    re.compile(r"\w+\*+"),  # the visible start of a masked value: a password hash's random salt ("TZ******")
]


@functools.cache
def vocabulary():
    """Every word of the English messages that staff could see: Django's, the admin's, the libraries'."""
    from portal.upstream import messages_by_domain

    words = set()
    for messages in messages_by_domain().values():
        for _source, message in messages.values():
            for text in message.texts:
                words.update(word.lower() for word in LATIN_WORD.findall(PLACEHOLDER.sub(" ", text)) if len(word) > 1)
    return words - NOT_ENGLISH


def english_words(text):
    """The words of the admin's English vocabulary in `text`, after data that is Latin by nature is set aside."""
    for pattern in NOT_INTERFACE:
        text = pattern.sub(" ", text)
    return sorted({word for word in LATIN_WORD.findall(text) if word.lower() in vocabulary()})
