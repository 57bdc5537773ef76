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

// ==== article: "Chia sẻ" (templates/article.html) ====
// Buttons for what this browser can do: its share sheet (on phones it offers Zalo) and copying the
// page's address; a browser that can do neither gets none. No network's script, no request: the
// address is the page's public one (link rel=canonical), else the browser's own.
(function () {
  "use strict";

  var SHOWN_MS = 4000;
  var canonical = document.querySelector('link[rel="canonical"]');
  var url = canonical ? canonical.href : window.location.href.split("#")[0];

  function button(block, name, text) {
    var made = document.createElement("button");
    made.type = "button";
    made.className = "bulletin-share__" + name;
    made.textContent = text;
    block.appendChild(made);
    return made;
  }

  function setUp(block) {
    if (typeof navigator.share === "function") {
      button(block, "native", "Zalo, ứng dụng khác").addEventListener("click", function () {
        // A reader who closes the sheet is no error to report.
        navigator.share({ title: document.title, url: url }).catch(function () {});
      });
    }
    if (navigator.clipboard && typeof navigator.clipboard.writeText === "function") {
      var copy = button(block, "copy", "Sao chép liên kết");
      // In the page before anything is said in it, so that screen readers hear what is.
      var status = document.createElement("span");
      status.className = "bulletin-share__status";
      status.setAttribute("role", "status");
      block.appendChild(status);
      var timer = null;
      var say = function (text) {
        status.textContent = text;
        window.clearTimeout(timer);
        timer = window.setTimeout(function () { status.textContent = ""; }, SHOWN_MS);
      };
      copy.addEventListener("click", function () {
        navigator.clipboard.writeText(url).then(
          function () { say("Đã sao chép liên kết"); },
          function () { say("Không sao chép được, hãy chép địa chỉ trên thanh trình duyệt"); }
        );
      });
    }
  }

  var blocks = document.querySelectorAll(".bulletin-share");
  for (var i = 0; i < blocks.length; i++) { setUp(blocks[i]); }
})();
