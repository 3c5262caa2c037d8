// Progressive enhancement only: every page works without this file.

// Count one view of an article once the page is actually shown to the reader (not prerendered, not in a
// background tab). The page itself is cached; the count is a separate same-origin beacon.
(function () {
  var article = document.querySelector("[data-seen-url]");
  if (!article || !navigator.sendBeacon) return;
  var url = article.getAttribute("data-seen-url");
  var sent = false;
  function send() {
    if (sent || document.visibilityState !== "visible" || document.prerendering) return;
    sent = true;
    navigator.sendBeacon(url);
  }
  send();
  if (!sent) {
    document.addEventListener("visibilitychange", send);
    document.addEventListener("prerenderingchange", send);
  }
})();

// Volunteer forms: after a refused submission, put the keyboard on the first field with an error, and make the
// error summary's links focus their field (a plain #anchor only scrolls). Without this file the server's error
// summary and the errors next to each field still say everything.
(function () {
  var form = document.querySelector("form[data-first-error]");
  if (!form) return;
  function focusField(id) {
    var field = document.getElementById(id);
    if (!field) return false;
    var holder = field.closest(".field") || field;
    holder.scrollIntoView({ block: "center" });
    field.focus({ preventScroll: true });
    return true;
  }
  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.addEventListener("click", function (event) {
      var link = event.target.closest("a[href^='#']");
      if (link && focusField(link.getAttribute("href").slice(1))) event.preventDefault();
    });
  }
  var first = form.getAttribute("data-first-error");
  if (first) focusField(first);
})();
