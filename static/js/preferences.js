// Runs in <head> before the page is painted, so a reader of the low-vision version never sees the page flash in
// the ordinary one. The settings live in this browser only (localStorage, never a cookie), so every reader is
// sent the same page and kept pages stay the same for everyone. site.js changes them; this only applies them.
(function (root) {
  root.className += " js";
  var settings;
  try {
    settings = JSON.parse(localStorage.getItem("birgemiz-low-vision"));
  } catch (error) {
    return; // storage switched off or unreadable: the ordinary version
  }
  if (!settings || settings.on !== true) return;
  var size = [1, 2, 3].indexOf(settings.size) >= 0 ? settings.size : 1;
  var theme = settings.theme === "dark" ? "dark" : "light";
  root.className += " lv lv-size-" + size + " lv-" + theme + (settings.images === false ? " lv-no-images" : "");
})(document.documentElement);
