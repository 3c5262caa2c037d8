"""What `make deploy-check` asks of the site through nginx. Each probe returns a short account or raises Failed."""

import contextlib
import io
import re
import socket
import ssl
import threading
import time

from PIL import Image
from web import BROWSER, Client, form_fields

# The headers the app sets on every page; each must arrive exactly once through nginx.
SECURITY_HEADERS = [
    "Strict-Transport-Security",
    "Content-Security-Policy",
    "X-Content-Type-Options",
    "X-Frame-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
    "Cross-Origin-Resource-Policy",
    "Permissions-Policy",
]
MEGABYTE = 1024 * 1024
COVER_LIMIT = 15 * MEGABYTE  # news/images.py, MAX_UPLOAD_BYTES


class Failed(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise Failed(message)


def redirect_to_https(site):
    client = site.client()
    response = client.get(f"http://localhost:{site.machine.http_port}/kk/news/?page=2")
    location = response.header("Location")
    expect(response.status == 301, f"http answered {response.status}, not 301")
    expect(location == f"{site.machine.https}/kk/news/?page=2", f"redirected to {location}")
    # Certificate renewals: the ACME challenge is answered over plain http from certbot's webroot.
    challenge = site.machine.path("/var/www/html/.well-known/acme-challenge")
    challenge.mkdir(parents=True, exist_ok=True)
    (challenge / "deploy-check-token").write_text("token.thumbprint")
    acme = client.get(f"http://localhost:{site.machine.http_port}/.well-known/acme-challenge/deploy-check-token")
    expect(acme.status == 200 and acme.text == "token.thumbprint", f"ACME challenge over http: {acme.status}")
    return f"301 to {location}; ACME challenge answered over http"


def security_headers_once(site):
    client = site.client()
    checked = []
    for path in ["/kk/", "/kk/", "/en/news/", "/kk/volunteer/", "/healthz"]:
        response = client.get(site.machine.https + path)
        expect(response.status == 200, f"{path} answered {response.status}")
        counts = {name: len(response.all(name)) for name in SECURITY_HEADERS}
        wrong = {name: count for name, count in counts.items() if count != 1}
        expect(not wrong, f"{path}: headers not sent exactly once: {wrong}")
        checked.append(f"{path} ({response.header('X-Cache-Status') or 'not cacheable'})")
    hsts = response.header("Strict-Transport-Security")
    expect(hsts == "max-age=31536000", f"HSTS is {hsts!r}, not the app's default")
    expect(response.header("Server") == "nginx", f"Server: {response.header('Server')} (version shown?)")
    return f"{len(SECURITY_HEADERS)} headers once each on {', '.join(checked)}; HSTS {hsts}"


def static_and_media(site):
    client = site.client()
    home = client.get(site.machine.https + "/kk/").text
    stylesheet = re.search(r'href="(/static/[^"]+\.[0-9a-f]{12}\.css)"', home)
    image = re.search(r'(/media/[^" ,]+\.(?:webp|jpg))', home)
    expect(stylesheet and image, "the home page links no hashed stylesheet or no uploaded image")
    results = []
    for path, cache in [(stylesheet.group(1), "public, max-age=31536000, immutable"), (image.group(1), None)]:
        response = client.get(site.machine.https + path, **{"Accept-Encoding": "gzip"})
        expect(response.status == 200, f"{path} answered {response.status}")
        expect(response.all("X-Content-Type-Options") == ["nosniff"], f"{path}: nosniff not sent once")
        expect(response.header("Cross-Origin-Opener-Policy") is None, f"{path} came from the app, not from nginx")
        control = response.header("Cache-Control") or ""
        age = int(re.search(r"max-age=(\d+)", control).group(1)) if "max-age" in control else 0
        expect(control == cache if cache else age >= 30 * 24 * 3600, f"{path}: Cache-Control {control!r}")
        results.append(f"{path.split('/')[1]}: {control}")
    folder = image.group(1).rsplit("/", 1)[0] + "/"
    listing = client.get(site.machine.https + folder)
    expect(listing.status in {403, 404}, f"{folder} answered {listing.status}: a folder listing?")
    sandbox = client.get(site.machine.https + image.group(1)).header("Content-Security-Policy") or ""
    expect("sandbox" in sandbox, "uploads are served without the sandboxing Content-Security-Policy")
    return "; ".join(results) + f"; nosniff once; {folder} → {listing.status}"


def jpeg_of_size(size):
    """A real JPEG of exactly `size` bytes: a small picture, padded with APP15 segments that any reader skips."""
    buffer = io.BytesIO()
    Image.new("RGB", (1600, 1000), (30, 110, 160)).save(buffer, "JPEG", quality=85)
    picture = buffer.getvalue()
    padding, missing = [], size - len(picture)
    while missing > 0:
        length = min(65535, missing - 2)
        if 0 < missing - (length + 2) < 4:  # leave room for a last segment of at least 4 bytes
            length -= 4
        padding.append(b"\xff\xef" + length.to_bytes(2, "big") + b"\0" * (length - 2))
        missing -= length + 2
    data = picture[:2] + b"".join(padding) + picture[2:]
    assert len(data) == size, (len(data), size)
    return data


def admin_login(site, client):
    login = f"{site.machine.https}/admin/login/"
    page = client.get(login)
    token = dict(form_fields(page.text, "login-form"))["csrfmiddlewaretoken"]
    fields = {"csrfmiddlewaretoken": token, "username": site.editor[0], "password": site.editor[1], "next": "/admin/"}
    response = client.post_form(login, fields, referer=login)
    expect(response.status == 302 and "sessionid" in client.cookies, f"editor login answered {response.status}")


def upload_cover(site, client, article_id, size):
    change = f"{site.machine.https}/admin/news/article/{article_id}/change/"
    fields = [(name, value) for name, value in form_fields(client.get(change).text, "article_form")]
    fields.append(("_continue", "1"))
    files = {"cover": ("deploy-check.jpg", jpeg_of_size(size), "image/jpeg")}
    return client.post_multipart(change, fields, files, referer=change)


def page_cache_and_uploads(site):
    """A public page is kept by nginx; a signed-in editor gets it fresh; covers of 15 MB go through, 16 MB are told."""
    machine = site.machine
    reader = site.client()
    article = machine.https + site.article_path
    first = reader.get(article)
    second = reader.get(article)
    statuses = [first.header("X-Cache-Status"), second.header("X-Cache-Status")]
    expect(statuses == ["MISS", "HIT"], f"a reader's two visits were {statuses}, not MISS then HIT")
    expect(second.body == first.body, "the kept page differs from the first")

    editor = site.client()
    admin_login(site, editor)
    accepted = upload_cover(site, editor, site.article_id, COVER_LIMIT - 1024)
    expect(accepted.status == 302, f"a 15 MB cover: {accepted.status}, not a redirect after saving")
    refused = upload_cover(site, editor, site.article_id, 16 * MEGABYTE)
    expect(refused.status == 200, f"a 16 MB cover: {refused.status}")
    errors = re.findall(r'<ul class="errorlist[^>]*>(.*?)</ul>', refused.text, re.DOTALL)
    expect(any("a cover image may be at most 15.0" in error for error in errors), f"a 16 MB cover: errors {errors}")
    too_large = upload_cover(site, editor, site.article_id, 25 * MEGABYTE)
    expect(too_large.status == 413 and "at most 15 MB" in too_large.text, f"25 MB: {too_large.status}")

    kept = reader.get(article)
    fresh = editor.get(article)
    expect(kept.header("X-Cache-Status") == "HIT" and kept.body == first.body, "the reader did not get the kept page")
    expect(fresh.header("X-Cache-Status") == "BYPASS", f"the editor got {fresh.header('X-Cache-Status')}")
    new_images = set(re.findall(r"/media/[^\" ,]+", fresh.text)) - set(re.findall(r"/media/[^\" ,]+", kept.text))
    expect(new_images, "the editor's page does not show the new cover")
    return (
        f"reader MISS→HIT, editor BYPASS with the new cover at once; 15 MB cover saved in {accepted.seconds:.1f} s, "
        f"16 MB told in the form, 25 MB → nginx 413"
    )


def never_kept(site):
    """The view-recording URL and a page that sets a cookie always reach the app."""
    client = site.client()
    before = site.views()
    seen = f"{site.machine.https}/kk/news/{site.article_id}/seen/"
    statuses = []
    for number in range(3):
        headers = {
            "User-Agent": f"{BROWSER} deploy-check/{number}",
            "Origin": site.machine.https,
            "Sec-Fetch-Site": "same-origin",
            "Referer": site.machine.https + site.article_path,
        }
        response = client.request("POST", seen, headers)
        statuses.append((response.status, response.header("X-Cache-Status")))
        image = client.request("GET", seen, {**headers, "Sec-Fetch-Site": "same-origin"})
        statuses.append((image.status, image.header("X-Cache-Status")))
    counted = site.views() - before
    expect(all(status in {200, 204} and cache is None for status, cache in statuses), f"beacons: {statuses}")
    expect(counted == 3, f"3 readers' beacons through nginx counted {counted} views (headers lost on the way?)")
    form = [client.get(site.machine.https + "/kk/volunteer/") for _ in range(2)]
    expect(form[1].all("Set-Cookie") and form[1].header("X-Cache-Status") != "HIT", "a page setting a cookie was kept")
    return f"3 beacons counted 3 views, none cached; /kk/volunteer/ (sets a cookie) {form[1].header('X-Cache-Status')}"


def slow_clients(site, host, port, tls, count=8):
    """`count` clients that send a POST body one byte every 5 s; they are closed when the returned function runs."""
    sockets, stop = [], threading.Event()
    for _ in range(count):
        raw = socket.create_connection((host, port), timeout=10)
        connection = ssl.create_default_context(cafile=site.machine.certificate).wrap_socket(
            raw, server_hostname="localhost"
        ) if tls else raw  # fmt: skip
        # A form post as from the site's own page (Origin, Referer, a CSRF cookie), which the app only answers
        # once it has read the body for the form's token: a post that fails the checks on its headers is refused
        # before a byte of the body is read, and would prove nothing.
        origin = f"{'https' if tls else 'http'}://localhost:{port}"
        connection.sendall(
            f"POST /kk/volunteer/ HTTP/1.1\r\nHost: localhost:{port}\r\nUser-Agent: {BROWSER}\r\n"
            f"Origin: {origin}\r\nReferer: {origin}/kk/volunteer/\r\nCookie: csrftoken={'a' * 32}\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\na".encode()
        )
        sockets.append(connection)

    def trickle():
        while not stop.wait(5):
            for connection in sockets:
                with contextlib.suppress(OSError):
                    connection.sendall(b"a")

    threading.Thread(target=trickle, daemon=True).start()

    def close():
        stop.set()
        for connection in sockets:
            connection.close()

    return close


def health_times(url, certificate, rounds=4, pause=2.0, timeout=5.0):
    times = []
    for _ in range(rounds):
        client = Client(certificate)
        started = time.monotonic()
        try:
            response = client.request("GET", url, timeout=timeout)
            times.append(time.monotonic() - started if response.status == 200 else float("inf"))
        except OSError:
            times.append(float("inf"))
        time.sleep(pause)
    return times


def slow_clients_wait_in_nginx(site):
    machine = site.machine
    close = slow_clients(site, "127.0.0.1", machine.https_port, tls=True)
    try:
        through_nginx = health_times(machine.https + "/healthz", machine.certificate)
    finally:
        close()
    # The same eight clients straight at gunicorn (as if nginx did not buffer): the probe can fail.
    close = slow_clients(site, "127.0.0.1", machine.app_port, tls=False)
    try:
        direct = health_times(f"http://127.0.0.1:{machine.app_port}/healthz", None, rounds=1, timeout=2.0)
    finally:
        close()
    site.wait_healthy()
    expect(max(through_nginx) < 1.0, f"/healthz through nginx took {[round(t, 2) for t in through_nginx]} s")
    expect(direct[0] > 1.0, f"control failed: straight at gunicorn, /healthz answered in {direct[0]:.2f} s")
    return (
        f"8 clients at 1 byte/5 s: /healthz through nginx in ≤ {max(through_nginx) * 1000:.0f} ms; "
        f"straight at gunicorn it got no answer within 2 s (control)"
    )
