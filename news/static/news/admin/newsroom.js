/* Newsroom admin: show the chosen cover image before it is uploaded. */
(function () {
  "use strict";
  document.addEventListener("change", function (event) {
    var input = event.target;
    if (!input.matches || !input.matches(".cover-input input[type=file]")) {
      return;
    }
    var preview = input.closest(".cover-input").querySelector(".cover-input__new");
    var file = input.files && input.files[0];
    preview.hidden = true;
    preview.removeAttribute("src");
    if (!file || !/^image\/(jpeg|png|webp)$/.test(file.type)) {
      return;
    }
    // A data: URL, since the Content-Security-Policy allows images from our origin and data: only (not blob:).
    var reader = new FileReader();
    reader.onload = function () {
      if (input.files[0] === file) {
        preview.src = reader.result;
        preview.hidden = false;
      }
    };
    reader.readAsDataURL(file);
  });
})();
