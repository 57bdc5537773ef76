// Article photos open enlarged in a dialog. Without JavaScript the link still opens the image file.
(function () {
  "use strict";

  function enlarge(link) {
    var thumb = link.querySelector("img");
    var figure = link.closest("figure");
    var caption = figure ? figure.querySelector("figcaption") : null;
    var dialog = document.createElement("dialog");
    dialog.className = "bulletin-lightbox";
    dialog.setAttribute("aria-label", caption ? caption.textContent : "Ảnh phóng to");

    var close = document.createElement("button");
    close.type = "button";
    close.className = "bulletin-lightbox__close";
    close.textContent = "Đóng ✕";
    close.addEventListener("click", function () { dialog.close(); });

    var image = document.createElement("img");
    image.src = link.getAttribute("href");
    image.alt = thumb ? thumb.alt : "";

    dialog.appendChild(close);
    dialog.appendChild(image);
    if (caption) {
      var text = document.createElement("p");
      text.textContent = caption.textContent;
      dialog.appendChild(text);
    }
    // A click on the backdrop or the photo closes it, as readers expect on phones.
    dialog.addEventListener("click", function (event) {
      if (event.target === dialog || event.target === image) { dialog.close(); }
    });
    dialog.addEventListener("close", function () {
      dialog.remove();
      link.focus();
    });
    document.body.appendChild(dialog);
    dialog.showModal();
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.bulletin-zoom") : null;
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) { return; }
    event.preventDefault();
    enlarge(link);
  });
})();
