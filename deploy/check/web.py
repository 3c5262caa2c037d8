"""A small HTTP(S) client for the check: every header as sent (to count them), cookies, forms and file uploads."""

import http.client
import ssl
import time
import uuid
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0"


@dataclass
class Response:
    status: int
    headers: list  # [(name, value)] in the order received, repeats kept
    body: bytes
    seconds: float = 0.0

    def all(self, name):
        return [value for key, value in self.headers if key.lower() == name.lower()]

    def header(self, name):
        values = self.all(name)
        return values[0] if values else None

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")


@dataclass
class Client:
    """Requests to one site, with a cookie jar; trusts the given certificate only."""

    certificate: str
    cookies: dict = field(default_factory=dict)
    user_agent: str = BROWSER

    def context(self):
        return ssl.create_default_context(cafile=self.certificate)

    def request(self, method, url, headers=None, body=None, timeout=60):
        parts = urlsplit(url)
        if parts.scheme == "https":
            connection = http.client.HTTPSConnection(
                parts.hostname, parts.port, context=self.context(), timeout=timeout
            )
        else:
            connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
        sent = {"User-Agent": self.user_agent, "Accept-Language": "en", **(headers or {})}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        started = time.monotonic()
        try:
            connection.request(method, parts.path + (f"?{parts.query}" if parts.query else ""), body, sent)
            answer = connection.getresponse()
            response = Response(answer.status, answer.getheaders(), answer.read(), time.monotonic() - started)
        finally:
            connection.close()
        for value in response.all("Set-Cookie"):
            for name, morsel in SimpleCookie(value).items():
                if morsel["max-age"] == "0" or morsel.value == "":
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        return response

    def get(self, url, **headers):
        return self.request("GET", url, headers)

    def post_form(self, url, fields, referer):
        body = urlencode(fields)
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Referer": referer, "Origin": origin(referer)}
        return self.request("POST", url, headers, body.encode())

    def post_multipart(self, url, fields, files, referer):
        """fields: [(name, value)]; files: {name: (filename, bytes, content type)}."""
        boundary = uuid.uuid4().hex
        parts = []
        for name, value in fields:
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
        for name, (filename, content, content_type) in files.items():
            head = (
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                f"Content-Type: {content_type}\r\n\r\n"
            )
            parts.extend([head.encode(), content, b"\r\n"])
        parts.append(f"--{boundary}--\r\n".encode())
        headers = {
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "Referer": referer,
            "Origin": origin(referer),
        }
        return self.request("POST", url, headers, b"".join(parts), timeout=120)


def origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class FormFields(HTMLParser):
    """The fields a browser would submit from the form with the given id: [(name, value)], files left out."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id = form_id
        self.inside = False
        self.fields = []
        self.select = None
        self.textarea = None
        self.options = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in {"checkbox", "radio"}:
                if "checked" in attrs:
                    self.fields.append((name, attrs.get("value", "on")))
            elif kind not in {"file", "submit", "button", "image", "reset"}:
                self.fields.append((name, attrs.get("value", "")))
        elif tag == "textarea" and name:
            self.textarea = [name, ""]
        elif tag == "select" and name:
            self.select, self.options = (name, "multiple" in attrs), []
        elif tag == "option" and self.select:
            self.options.append((attrs.get("value", ""), "selected" in attrs))

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea" and self.textarea is not None:
            self.fields.append((self.textarea[0], self.textarea[1].removeprefix("\n")))
            self.textarea = None
        elif tag == "select" and self.select:
            name, multiple = self.select
            chosen = [value for value, selected in self.options if selected]
            if not chosen and not multiple and self.options:
                chosen = [self.options[0][0]]
            self.fields.extend((name, value) for value in chosen)
            self.select = None


def form_fields(html, form_id):
    parser = FormFields(form_id)
    parser.feed(html)
    return parser.fields
