// Tìm kiếm: the site search's own page (tim-kiem/?q=..., bulletin.pages.search), with Pagefind
// (bulletin.outputs.search_index). The masthead's search box is a plain form that leads here; this
// script reads `q` from the address, lists what the index finds and keeps the address in step
// with the page's box, so a search can be shared. On every other page it does nothing.
// Pagefind folds Vietnamese tones and marks itself; đ is a letter to it, so a "d" the
// reader typed is also searched as "đ". Exact-diacritic matches are listed first.
// Names of recipients are the lookup's (tra-cuu/): every search offers it.
(function () {
  "use strict";

  // This file is assets/bulletin-search.js: the site starts one folder up. Read now, while
  // the script runs for the first time (currentScript is null afterwards).
  var siteRoot = new URL("../", document.currentScript.src);
  var box = document.getElementById("bulletin-search-page");
  if (!box) { return; }
  var BATCH = 5;  // results whose fragments are fetched at a time: a screenful
  var PROMPT = "Gõ từ cần tìm vào ô trên.";
  var bundles = {};

  // noWorker: Pagefind's worker is one more 40 KB script before the first result, and the
  // chunks a query reads are a few KB (search_index rechunks them): the page thread will do.
  function load(bundleUrl) {
    if (!bundles[bundleUrl]) {
      bundles[bundleUrl] = import(bundleUrl + "pagefind.js").then(function (pagefind) {
        return Promise.resolve(pagefind.options({ baseUrl: siteRoot.pathname, noWorker: true })).then(function () {
          return pagefind;
        });
      });
      bundles[bundleUrl].catch(function () { delete bundles[bundleUrl]; });  // a later search may retry
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

  // Pagefind's excerpt is HTML with <mark>: parsed inert (a template runs and loads nothing),
  // then rebuilt as text and marks only.
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

  function countText(count, query) {
    var words = "“" + query + "”";
    if (count === 0) { return "Không tìm thấy kết quả nào cho " + words; }
    return count.toLocaleString("vi-VN") + " kết quả cho " + words;
  }

  var form = box.querySelector(".bulletin-search__form");
  var input = form.querySelector("input[name=q]");
  var status = box.querySelector(".bulletin-search__status");
  var lookup = box.querySelector(".bulletin-search__lookup");
  var list = box.querySelector(".bulletin-search__results");
  var more = box.querySelector(".bulletin-search__more");
  var bundle = new URL(box.getAttribute("data-index"), location.href).href;
  var lookupUrl = new URL(box.getAttribute("data-lookup"), location.href);
  var title = document.title;
  var timer = null;
  var ticket = 0;
  var pending = [];  // results found but not shown yet: their fragments are fetched on asking

  // Under the count: the lookup, which has every recipient's name.
  function offerLookup(query) {
    var url = new URL(lookupUrl);
    url.searchParams.set("q", query);
    var link = document.createElement("a");
    link.href = url.href;
    link.textContent = "Tra cứu “" + query + "”";
    lookup.textContent = "Tìm người được khen thưởng: ";
    lookup.appendChild(link);
    lookup.hidden = false;
  }

  function item(data) {
    var li = document.createElement("li");
    li.className = "bulletin-search__result";
    var heading = document.createElement("h2");
    heading.className = "bulletin-search__title";
    var link = document.createElement("a");
    link.href = data.url;
    link.textContent = (data.meta && data.meta.title) || data.url;
    heading.appendChild(link);
    var text = document.createElement("p");
    text.className = "bulletin-search__excerpt";
    text.appendChild(excerpt(data.excerpt || ""));
    li.appendChild(heading);
    li.appendChild(text);
    return li;
  }

  // The next few results; `fresh`: in place of the previous query's. Answers the first new link.
  async function show(mine, fresh) {
    more.disabled = true;
    var batch = await Promise.all(pending.splice(0, BATCH).map(function (r) { return r.data(); }));
    if (mine !== ticket) { return null; }
    if (fresh) { list.textContent = ""; }
    var items = batch.map(item);
    items.forEach(function (li) { list.appendChild(li); });
    more.hidden = !pending.length;
    more.disabled = false;
    return items.length ? items[0].querySelector("a") : null;
  }

  // The address says what is searched, so a search can be shared or bookmarked.
  function remember(query) {
    var params = new URLSearchParams();
    if (query) { params.set("q", query); }
    var search = params.toString();
    history.replaceState(null, "", search ? "?" + search : location.pathname);
    document.title = query ? query + " – " + title : title;
  }

  async function run() {
    clearTimeout(timer);
    var mine = ++ticket;
    var query = input.value.normalize("NFC").trim();
    remember(query);
    if (!query) {
      pending = [];
      list.textContent = "";
      lookup.hidden = true;
      more.hidden = true;
      status.textContent = PROMPT;
      return;
    }
    status.textContent = "Đang tìm “" + query + "”…";
    try {
      var results = await search(await load(bundle), query);
      if (mine !== ticket) { return; }
      pending = results.slice();
      await show(mine, true);
      if (mine !== ticket) { return; }
      status.textContent = countText(results.length, query);
      offerLookup(query);
    } catch (error) {
      if (mine !== ticket) { return; }
      more.disabled = false;
      status.textContent = "Chưa tìm được, xin thử lại sau.";
      offerLookup(query);
    }
  }

  input.addEventListener("focus", function () { load(bundle).catch(function () {}); });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  // Enter or "Tìm": search now, on this page (without JavaScript the form asks for it again).
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run();
  });
  // Next results on asking: a button, which keyboards reach; the reader goes on at the first new one.
  more.addEventListener("click", async function () {
    try {
      var first = await show(ticket, false);
      if (first) { first.focus(); }
    } catch (error) {
      more.disabled = false;  // a result that failed to load: the reader may ask again
    }
  });

  input.value = new URLSearchParams(location.search).get("q") || "";
  run();
  if (!input.value.trim()) { input.focus(); }
})();
