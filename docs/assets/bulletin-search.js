// Site search in Material's search box, with Pagefind (bulletin.search_index).
// Pagefind folds Vietnamese tones and marks itself; đ is a letter to it, so a "d" the
// reader typed is also searched as "đ". Exact-diacritic matches are listed first.
// Names of recipients are the lookup's (tra-cuu/): every search offers it.
(function () {
  "use strict";

  var config = JSON.parse(document.getElementById("__config").textContent);
  var siteRoot = new URL((config.base || ".") + "/", location.href);
  var LOOKUP = "tra-cuu/";  // bulletin.urls.LOOKUP
  var BATCH = 5;            // results whose fragments are fetched at a time: a screenful
  var bundles = {};

  function translate(key) {
    return (config.translations && config.translations[key]) || key;
  }

  // noWorker: Pagefind's worker is one more 40 KB script before the first result, and the
  // chunks a query reads are a few KB (search_index rechunks them): the page thread will do.
  function load(bundleUrl) {
    if (!bundles[bundleUrl]) {
      bundles[bundleUrl] = import(bundleUrl + "pagefind.js").then(function (pagefind) {
        return Promise.resolve(pagefind.options({ baseUrl: siteRoot.pathname, noWorker: true })).then(function () {
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

  // Words as Pagefind compares them: no tones or marks, any case; đ stays a letter.
  // `exact` keeps the marks (for the exact-diacritic pass).
  function normal(text, exact) {
    var out = text.normalize("NFC").toLowerCase();
    return exact ? out : out.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");
  }

  function words(text) {
    return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  // When a word is not in its index, Pagefind answers for its longest indexed prefix
  // ("thiep" finds "thị"), with no option to turn that off. A reader looking up a name
  // must get no result rather than wrong ones: a spelling counts only if its best result
  // has, for each word typed, a word that starts with it. That result's fragment is the
  // one shown first, so the check downloads nothing more.
  async function found(pagefind, spelling, exact) {
    var results = (await pagefind.search(spelling, { exactDiacritics: exact })).results;
    if (!results.length) { return []; }
    var data = await results[0].data();
    var have = words(normal(data.content || "", exact));
    var all = words(spelling).every(function (word) {
      var wanted = normal(word, exact);
      return have.some(function (w) { return w.indexOf(wanted) === 0; });
    });
    return all ? results : [];
  }

  // Results of a query (NFC, trimmed, not empty), exact-diacritic matches first, each result once.
  async function search(pagefind, query) {
    var seen = {};
    var ordered = [];
    function add(results) {
      results.forEach(function (result) {
        if (!seen[result.id]) { seen[result.id] = true; ordered.push(result); }
      });
    }
    add(await found(pagefind, query, true));
    var folded = [];
    for (var spelling of variants(query)) {
      folded = folded.concat(await found(pagefind, spelling, false));
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

  // -- the header search box ------------------------------------------------------------
  var box = document.getElementById("bulletin-search");
  var toggle = document.getElementById("__search");
  if (!box || !toggle) { return; }
  var input = box.querySelector(".md-search__input");
  var form = box.querySelector(".md-search__form");
  var meta = box.querySelector(".md-search-result__meta");
  var list = box.querySelector(".md-search-result__list");
  var scroll = box.querySelector(".md-search__scrollwrap");
  var bundle = new URL(box.getAttribute("data-index"), location.href).href;
  var timer = null;
  var ticket = 0;
  var pending = [];   // results found but not shown yet: their fragments are fetched on scrolling
  var loading = false;

  // Under the count, in the same style: the lookup, which has every recipient's name.
  var lookup = document.createElement("div");
  lookup.className = "md-search-result__meta bulletin-search__lookup";
  lookup.hidden = true;
  meta.after(lookup);

  function offerLookup(query) {
    var url = new URL(LOOKUP, siteRoot);
    url.searchParams.set("q", query);
    var link = document.createElement("a");
    link.href = url.href;
    link.textContent = "Tra cứu «" + query + "»";
    lookup.textContent = "Tìm người được khen thưởng: ";
    lookup.appendChild(link);
    lookup.hidden = false;
  }

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

  // Near the end of the results shown, or too few to scroll: the reader wants more.
  function nearEnd() {
    return scroll.clientHeight > 0 && scroll.scrollTop + scroll.clientHeight > scroll.scrollHeight - 100;
  }

  // The next few results; `fresh`: in place of the previous query's.
  async function show(mine, fresh) {
    loading = true;
    var batch = await Promise.all(pending.splice(0, BATCH).map(function (r) { return r.data(); }));
    if (mine !== ticket) { return; }
    if (fresh) { list.textContent = ""; }
    batch.forEach(function (data) { list.appendChild(item(data)); });
    loading = false;
    if (pending.length && nearEnd()) { show(mine, false); }
  }

  async function run() {
    var mine = ++ticket;
    var query = input.value.normalize("NFC").trim();
    if (!query) {
      pending = [];
      list.textContent = "";
      lookup.hidden = true;
      meta.textContent = translate("search.result.placeholder");
      return;
    }
    var pagefind = await load(bundle);
    var results = await search(pagefind, query);
    if (mine !== ticket) { return; }
    pending = results.slice();
    await show(mine, true);
    if (mine !== ticket) { return; }
    meta.textContent = countText(results.length);
    offerLookup(query);
  }

  scroll.addEventListener("scroll", function () {
    if (!loading && pending.length && nearEnd()) { show(ticket, false); }
  });

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
    var first = list.querySelector("a") || (!lookup.hidden && lookup.querySelector("a"));
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
