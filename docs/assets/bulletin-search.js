// Site search in Material's search box, and the search helpers the lookup page shares.
// Pagefind folds Vietnamese tones and marks itself; đ is a letter to it, so a "d" the
// reader typed is also searched as "đ". Exact-diacritic matches are listed first.
(function () {
  "use strict";

  var config = JSON.parse(document.getElementById("__config").textContent);
  var siteRoot = new URL((config.base || ".") + "/", location.href);
  var bundles = {};

  function translate(key) {
    return (config.translations && config.translations[key]) || key;
  }

  function load(bundleUrl) {
    if (!bundles[bundleUrl]) {
      bundles[bundleUrl] = import(bundleUrl + "pagefind.js").then(function (pagefind) {
        return Promise.resolve(pagefind.options({ baseUrl: siteRoot.pathname })).then(function () {
          return pagefind;
        });
      });
    }
    return bundles[bundleUrl];
  }

  // Every spelling to try: as typed (NFC), and with đ for d in each word that has a d.
  function variants(query) {
    var spellings = [[]];
    query.normalize("NFC").trim().split(/\s+/).filter(Boolean).forEach(function (word) {
      var options = [word];
      if (/[dD]/.test(word) && !/[đĐ]/.test(word)) {
        options.push(word.replace(/d/g, "đ").replace(/D/g, "Đ"));
      }
      var next = [];
      spellings.forEach(function (prefix) {
        options.forEach(function (option) {
          if (next.length < 8) { next.push(prefix.concat([option])); }
        });
      });
      spellings = next;
    });
    return spellings.map(function (words) { return words.join(" "); });
  }

  // Words as Pagefind compares them: no tones or marks, any case; đ stays a letter
  // unless `foldD`. `exact` keeps the marks (for the exact-diacritic pass).
  function normal(text, exact, foldD) {
    var out = text.normalize("NFC").toLowerCase();
    if (!exact) { out = out.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC"); }
    return foldD ? out.replace(/đ/g, "d") : out;
  }

  function words(text) {
    return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  // When a word is not in its index, Pagefind answers for its longest indexed prefix
  // ("thiep" finds "thị"), with no option to turn that off. A reader looking up a name
  // must get no result rather than wrong ones, so each word is checked first: the best
  // result for it must contain a word that starts with it.
  async function known(pagefind, word, exact, cache) {
    var key = (exact ? "=" : "~") + word;
    if (!(key in cache)) {
      cache[key] = (async function () {
        var found = await pagefind.search(word, exact ? { exactDiacritics: true } : {});
        if (!found.results.length) { return false; }
        var data = await found.results[0].data();
        var wanted = normal(word, exact, false);
        return words(normal(data.content || "", exact, false)).some(function (w) { return w.indexOf(wanted) === 0; });
      })();
    }
    return cache[key];
  }

  async function allKnown(pagefind, spelling, exact, cache) {
    for (var word of words(spelling)) {
      if (!(await known(pagefind, word, exact, cache))) { return false; }
    }
    return true;
  }

  // Results of a query, exact-diacritic matches first, each result once.
  async function search(pagefind, query, options) {
    options = options || {};
    var seen = {};
    var ordered = [];
    var cache = {};
    function add(results) {
      results.forEach(function (result) {
        if (!seen[result.id]) { seen[result.id] = true; ordered.push(result); }
      });
    }
    query = (query || "").normalize("NFC").trim();
    if (!query) {
      add((await pagefind.search(null, options)).results);
      return ordered;
    }
    if (await allKnown(pagefind, query, true, cache)) {
      add((await pagefind.search(query, Object.assign({}, options, { exactDiacritics: true }))).results);
    }
    var folded = [];
    for (var spelling of variants(query)) {
      if (await allKnown(pagefind, spelling, false, cache)) {
        folded = folded.concat((await pagefind.search(spelling, options)).results);
      }
    }
    folded.sort(function (a, b) { return b.score - a.score; });
    add(folded);
    return ordered;
  }

  // Pagefind's excerpt is HTML with <mark>: keep the marks, treat everything else as text.
  function excerpt(html) {
    var template = document.createElement("template");
    template.innerHTML = html;
    var out = document.createDocumentFragment();
    template.content.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        out.appendChild(mark);
      } else {
        out.appendChild(document.createTextNode(node.textContent));
      }
    });
    return out;
  }

  function countText(count) {
    if (count === 0) { return translate("search.result.none"); }
    if (count === 1) { return translate("search.result.one"); }
    return translate("search.result.other").replace("#", count.toLocaleString("vi-VN"));
  }

  window.BulletinSearch = { load: load, search: search, variants: variants, excerpt: excerpt, countText: countText, siteRoot: siteRoot };

  // -- the header search box ------------------------------------------------------------
  var box = document.getElementById("bulletin-search");
  var toggle = document.getElementById("__search");
  if (!box || !toggle) { return; }
  var input = box.querySelector(".md-search__input");
  var form = box.querySelector(".md-search__form");
  var meta = box.querySelector(".md-search-result__meta");
  var list = box.querySelector(".md-search-result__list");
  var bundle = new URL(box.getAttribute("data-index"), location.href).href;
  var timer = null;
  var ticket = 0;

  function item(data) {
    var li = document.createElement("li");
    li.className = "md-search-result__item";
    var link = document.createElement("a");
    link.className = "md-search-result__link";
    link.href = data.url;
    var article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    var title = document.createElement("h1");
    title.textContent = (data.meta && data.meta.title) || data.url;
    var text = document.createElement("p");
    text.appendChild(excerpt(data.excerpt || ""));
    article.appendChild(title);
    article.appendChild(text);
    link.appendChild(article);
    li.appendChild(link);
    return li;
  }

  async function run() {
    var mine = ++ticket;
    var query = input.value;
    if (!query.trim()) {
      list.textContent = "";
      meta.textContent = translate("search.result.placeholder");
      return;
    }
    var pagefind = await load(bundle);
    var results = await search(pagefind, query);
    var shown = await Promise.all(results.slice(0, 20).map(function (r) { return r.data(); }));
    if (mine !== ticket) { return; }
    meta.textContent = countText(results.length);
    list.textContent = "";
    shown.forEach(function (data) { list.appendChild(item(data)); });
  }

  function open() {
    toggle.checked = true;
    input.focus();
    load(bundle);
  }

  function close() {
    toggle.checked = false;
    input.blur();
  }

  function editable(element) {
    return element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
  }

  input.addEventListener("focus", function () {
    toggle.checked = true;
    load(bundle);
  });
  toggle.addEventListener("change", function () {
    if (toggle.checked) { setTimeout(function () { input.focus(); }, 50); }
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = list.querySelector("a");
    if (first) { location.href = first.href; }
  });
  form.addEventListener("reset", function () {
    setTimeout(function () { run(); input.focus(); }, 0);
  });
  document.addEventListener("keydown", function (event) {
    if (toggle.checked) {
      if (event.key === "Escape") {
        event.preventDefault();
        close();
      } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        var links = Array.prototype.slice.call(list.querySelectorAll("a"));
        if (!links.length) { return; }
        event.preventDefault();
        var at = links.indexOf(document.activeElement);
        var next = event.key === "ArrowDown" ? at + 1 : at - 1;
        if (next < 0) { input.focus(); } else { links[Math.min(next, links.length - 1)].focus(); }
      }
      return;
    }
    if ((event.key === "/" || event.key === "s" || event.key === "f") && !editable(event.target)
        && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      open();
    }
  });
})();
