/*
 * django-prose-editor translates its dialogs through window.gettext (the admin's JavaScript catalogue, which holds
 * our translations: locale/README.md), but writes its toolbar in English: button titles ("bold", "insert link",
 * "heading 2") and the block-type menu ("Paragraph", "Heading 2"). Each toolbar is put through the same catalogue
 * as it appears (after the editor's "prose-editor:ready" event, so it is watched for). The button icons are
 * ligatures ("format_bold") and are left alone.
 */
(function () {
  "use strict";
  if (typeof window.gettext !== "function") {
    return;
  }
  var LEVEL = /^(heading|Heading) (\d+)$/;

  function translate(text) {
    var level = LEVEL.exec(text);
    if (level) {
      return window.interpolate(window.gettext(level[1] + " %s"), [level[2]]);
    }
    return window.gettext(text);
  }

  function translateToolbar(menubar) {
    menubar.querySelectorAll("[title], [aria-label]").forEach(function (element) {
      ["title", "aria-label"].forEach(function (name) {
        var text = element.getAttribute(name);
        if (text) {
          element.setAttribute(name, translate(text));
        }
      });
    });
    menubar.querySelectorAll(".prose-menubar__option > *").forEach(function (option) {
      if (option.children.length === 0) {
        option.textContent = translate(option.textContent);
      }
    });
  }

  function translateNewToolbars() {
    document.querySelectorAll(".prose-menubar:not([data-translated])").forEach(function (menubar) {
      menubar.setAttribute("data-translated", "");
      translateToolbar(menubar);
    });
  }

  new MutationObserver(translateNewToolbars).observe(document.documentElement, { childList: true, subtree: true });
})();
