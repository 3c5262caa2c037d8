/*
 * A small stand-in for jQuery UI's tabs widget, which django-modeltranslation's tabbed admin expects.
 * modeltranslation loads jQuery UI from a CDN by default; the admin must work without any outside request,
 * so this provides the three things its script uses: $(el).tabs({active}), .tabs("option", "active", n) and
 * the "tabsactivate" event. Tabs follow the WAI-ARIA tabs pattern (arrow keys, Home, End).
 */
(function ($) {
  "use strict";
  if (!$ || $.fn.tabs) {
    return;
  }

  function parts($container) {
    return { $tabs: $container.children("ul").children("li"), $panels: $container.children("div") };
  }

  function activate($container, index, focus) {
    var p = parts($container);
    var previous = $container.data("newsTabsActive");
    index = Math.max(0, Math.min(index, p.$tabs.length - 1));
    p.$tabs.each(function (i, tab) {
      var active = i === index;
      $(tab).toggleClass("ui-tabs-active ui-state-active", active);
      $(tab).children("a").attr({ "aria-selected": String(active), tabindex: active ? "0" : "-1" });
    });
    p.$panels.each(function (i, panel) {
      $(panel).toggleClass("ui-tabs-hide", i !== index).prop("hidden", i !== index);
    });
    $container.data("newsTabsActive", index);
    if (focus) {
      p.$tabs.eq(index).children("a").trigger("focus");
    }
    if (previous !== undefined && previous !== index) {
      $container.trigger("tabsactivate", [{ newTab: p.$tabs.eq(index), oldTab: p.$tabs.eq(previous) }]);
    }
  }

  function setUp($container, active) {
    var p = parts($container);
    $container.addClass("ui-tabs");
    $container.children("ul").addClass("ui-tabs-nav").attr("role", "tablist");
    p.$tabs.addClass("ui-tabs-tab").attr("role", "presentation");
    p.$tabs.children("a").each(function (i, link) {
      var panelId = (link.getAttribute("href") || "").replace(/^#/, "");
      link.id = link.id || "tab-for-" + panelId;
      $(link).attr({ role: "tab", "aria-controls": panelId });
      $(p.$panels.get(i)).addClass("ui-tabs-panel").attr({ role: "tabpanel", "aria-labelledby": link.id });
    });
    p.$tabs.children("a").on("click", function (event) {
      event.preventDefault();
      activate($container, p.$tabs.index($(this).parent()), false);
    });
    p.$tabs.children("a").on("keydown", function (event) {
      var current = p.$tabs.index($(this).parent());
      var last = p.$tabs.length - 1;
      var next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: last }[event.key];
      if (next === undefined) {
        return;
      }
      event.preventDefault();
      activate($container, next > last ? 0 : next < 0 ? last : next, true);
    });
    activate($container, active || 0, false);
  }

  $.fn.tabs = function (options, name, value) {
    return this.each(function () {
      var $container = $(this);
      if (options === "option") {
        if (name === "active") {
          activate($container, parseInt(value, 10) || 0, false);
        }
        return;
      }
      setUp($container, options && options.active);
    });
  };
})(window.jQuery || (window.django && window.django.jQuery));
