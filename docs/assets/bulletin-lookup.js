// Tra cứu khen thưởng: name search and filters over the award index, in the browser.
(function () {
  "use strict";

  var box = document.getElementById("bulletin-lookup");
  if (!box || !window.BulletinSearch) { return; }
  var B = window.BulletinSearch;
  var PAGE = 20;
  var bundle = new URL(box.getAttribute("data-index"), location.href).href;
  var input = box.querySelector("#tra-cuu-q");
  var selects = Array.prototype.slice.call(box.querySelectorAll("select[data-filter]"));
  var count = box.querySelector(".bulletin-lookup__count");
  var list = box.querySelector(".bulletin-lookup__results");
  var more = box.querySelector(".bulletin-lookup__more");
  var results = [];
  var shown = 0;
  var ticket = 0;
  var timer = null;

  function filters() {
    var chosen = {};
    selects.forEach(function (select) {
      if (select.value) { chosen[select.getAttribute("data-filter")] = select.value; }
    });
    return chosen;
  }

  // The state lives in the address, so a search can be shared or bookmarked.
  function remember() {
    var params = new URLSearchParams();
    if (input.value.trim()) { params.set("q", input.value.trim()); }
    selects.forEach(function (select) {
      if (select.value) { params.set(select.getAttribute("data-filter"), select.value); }
    });
    var query = params.toString();
    history.replaceState(null, "", query ? "?" + query : location.pathname);
  }

  function restore() {
    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    selects.forEach(function (select) {
      var wanted = params.get(select.getAttribute("data-filter"));
      if (wanted) { select.value = wanted; }
    });
  }

  function link(text, url) {
    var a = document.createElement("a");
    a.href = new URL(url, B.siteRoot).href;
    a.textContent = text;
    return a;
  }

  function item(data) {
    var meta = data.meta || {};
    var li = document.createElement("li");
    li.className = "bulletin-lookup__result";
    var name = document.createElement("strong");
    name.textContent = meta.title || "";
    li.appendChild(name);
    var detail = [meta.kind, meta.detail].filter(Boolean).join(" – ");
    if (detail) { li.appendChild(document.createTextNode(" (" + detail + ")")); }
    li.appendChild(document.createElement("br"));
    li.appendChild(link(meta.decision || "Quyết định", meta.decision_url));
    if (meta.profile_url) {
      li.appendChild(document.createTextNode(" · "));
      li.appendChild(link("Hồ sơ khen thưởng", meta.profile_url));
    }
    return li;
  }

  async function showMore() {
    var mine = ticket;
    var page = results.slice(shown, shown + PAGE);
    var data = await Promise.all(page.map(function (r) { return r.data(); }));
    if (mine !== ticket) { return; }  // a newer search has replaced these results
    data.forEach(function (d) { list.appendChild(item(d)); });
    shown += page.length;
    more.hidden = shown >= results.length;
  }

  // Options that would find no one, given the other filters chosen, are greyed out: each
  // select's counts come from a search with every filter but its own (and without the words
  // typed, which narrow the list, not the choices).
  async function narrow(pagefind, mine) {
    var chosen = filters();
    await pagefind.filters();  // loads every filter's index: else a search counts only the filters it uses
    var counts = await Promise.all(selects.map(function (select) {
      var name = select.getAttribute("data-filter");
      var others = Object.assign({}, chosen);
      delete others[name];
      return pagefind.search(null, { filters: others }).then(function (found) {
        return (found.filters || {})[name] || {};
      });
    }));
    if (mine !== ticket) { return; }
    selects.forEach(function (select, i) {
      Array.prototype.forEach.call(select.options, function (option) {
        option.disabled = Boolean(option.value) && option.value !== select.value && !counts[i][option.value];
      });
    });
  }

  async function run() {
    var mine = ++ticket;
    remember();
    count.textContent = "Đang tra cứu…";
    var pagefind = await B.load(bundle);
    var query = input.value.trim();
    var options = { filters: filters() };
    if (!query) { options.sort = { ngay: "desc" }; }
    var found = await B.search(pagefind, query, options);
    if (mine !== ticket) { return; }
    results = found;
    shown = 0;
    list.textContent = "";
    await showMore();
    if (mine !== ticket) { return; }
    count.textContent = found.length.toLocaleString("vi-VN") + " kết quả";
    count.setAttribute("data-count", String(found.length));
    await narrow(pagefind, mine);
    if (mine !== ticket) { return; }
    box.setAttribute("data-narrowed", String(mine));
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  selects.forEach(function (select) { select.addEventListener("change", run); });
  box.querySelector("form").addEventListener("submit", function (event) {
    event.preventDefault();
    run();
  });
  more.addEventListener("click", showMore);
  restore();
  run();
})();
