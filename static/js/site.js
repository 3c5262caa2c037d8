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
