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

// The header's menu (a <details>, which opens without this file): Escape and a click elsewhere close it.
(function () {
  var menu = document.querySelector("[data-menu]");
  if (!menu) return;
  var toggle = menu.querySelector("summary");
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && menu.open) {
      menu.open = false;
      toggle.focus();
    }
  });
  document.addEventListener("click", function (event) {
    if (menu.open && !menu.contains(event.target)) menu.open = false;
  });
})();

// The low-vision version: the header's toggle and its settings, kept in this browser only (preferences.js applies
// them on every page before it is painted). A change in another tab applies here too.
(function () {
  var KEY = "birgemiz-low-vision";
  var root = document.documentElement;
  var toggle = document.querySelector("[data-lv-toggle]");
  var panel = document.querySelector("[data-lv-panel]");
  if (!toggle || !panel) return;
  var settings = read();

  function read() {
    try {
      return JSON.parse(localStorage.getItem(KEY)) || {};
    } catch (error) {
      return {};
    }
  }
  function press(selector, isPressed) {
    panel.querySelectorAll(selector).forEach(function (button) {
      button.setAttribute("aria-pressed", String(isPressed(button)));
    });
  }
  function apply() {
    var on = settings.on === true;
    var size = [1, 2, 3].indexOf(settings.size) >= 0 ? settings.size : 1;
    var theme = settings.theme === "dark" ? "dark" : "light";
    root.classList.toggle("lv", on);
    [1, 2, 3].forEach(function (step) {
      root.classList.toggle("lv-size-" + step, on && step === size);
    });
    root.classList.toggle("lv-light", on && theme === "light");
    root.classList.toggle("lv-dark", on && theme === "dark");
    root.classList.toggle("lv-no-images", on && settings.images === false);
    toggle.setAttribute("aria-pressed", String(on));
    press("[data-lv-size]", function (button) { return +button.getAttribute("data-lv-size") === size; });
    press("[data-lv-theme]", function (button) { return button.getAttribute("data-lv-theme") === theme; });
    press("[data-lv-images]", function () { return settings.images !== false; });
  }
  function save() {
    try {
      localStorage.setItem(KEY, JSON.stringify(settings));
    } catch (error) {
      // Storage switched off: the settings hold for this page only.
    }
    apply();
  }

  toggle.addEventListener("click", function () {
    settings.on = settings.on !== true;
    save();
    if (settings.on) {
      var menu = toggle.closest("details");
      if (menu) menu.open = false;
      panel.querySelector("button").focus();
    }
  });
  panel.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button) return;
    if (button.hasAttribute("data-lv-size")) settings.size = +button.getAttribute("data-lv-size");
    if (button.hasAttribute("data-lv-theme")) settings.theme = button.getAttribute("data-lv-theme");
    if (button.hasAttribute("data-lv-images")) settings.images = settings.images === false;
    if (button.hasAttribute("data-lv-off")) settings.on = false;
    save();
    if (!settings.on) {
      // Back to the toggle, or to the menu's button when the toggle is folded away in the closed menu (phones).
      (toggle.offsetParent ? toggle : document.querySelector("[data-menu] summary") || document.body).focus();
    }
  });
  window.addEventListener("storage", function (event) {
    if (event.key === KEY) {
      settings = read();
      apply();
    }
  });
  apply();
})();

// The guardian's consent is asked of minors only: shown once the date of birth says the applicant is under 18.
// Without this file the box is shown to everyone (marked "only for applicants under 18"), and the server asks
// again, next to the box, if a minor leaves it unticked.
(function () {
  var holder = document.querySelector("[data-guardian]");
  var input = document.getElementById("id_birth_date");
  if (!holder || !input) return;
  var adultAge = +holder.getAttribute("data-guardian");

  function yearsSince(value) {
    var iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    var typed = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
    if (!iso && !typed) return null;
    var year = +(iso ? iso[1] : typed[3]);
    var month = +(iso ? iso[2] : typed[2]);
    var day = +(iso ? iso[3] : typed[1]);
    var today = new Date();
    var birthdayToCome = today.getMonth() + 1 < month || (today.getMonth() + 1 === month && today.getDate() < day);
    return today.getFullYear() - year - (birthdayToCome ? 1 : 0);
  }
  function update() {
    var years = yearsSince(input.value.trim());
    holder.classList.toggle("is-minor", years !== null && years < adultAge);
    holder.classList.toggle("is-adult", years !== null && years >= adultAge);
  }
  input.addEventListener("input", update);
  input.addEventListener("change", update);
  update();
})();
