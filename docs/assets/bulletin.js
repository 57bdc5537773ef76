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
// The system's share sheet where the browser has one (on phones it offers Zalo), and copying the
// page's address; each button stays hidden where the browser cannot do what it says. No network's
// script, no request: the address is the page's own (its public one, else the browser's).
(function () {
  "use strict";

  var SHOWN_MS = 4000;

  function setUp(block) {
    var url = block.getAttribute("data-url") || window.location.href.split("#")[0];
    var native = block.querySelector(".bulletin-share__native");
    var copy = block.querySelector(".bulletin-share__copy");
    var status = block.querySelector(".bulletin-share__status");
    var timer = null;

    function say(text) {
      status.textContent = text;
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { status.textContent = ""; }, SHOWN_MS);
    }

    if (native && typeof navigator.share === "function") {
      native.hidden = false;
      native.addEventListener("click", function () {
        // A reader who closes the sheet is no error to report.
        navigator.share({ title: document.title, url: url }).catch(function () {});
      });
    }
    if (copy && navigator.clipboard && typeof navigator.clipboard.writeText === "function") {
      copy.hidden = false;
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
