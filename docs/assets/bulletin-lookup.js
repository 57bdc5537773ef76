// Tra cứu khen thưởng: name search and filters in the browser, over the lookup's own index
// (tra-cuu/chi-muc/, written by bulletin.lookup_index; its docstring describes the files).
// A query fetches the parts of its rarest syllable, not the whole list.
(function () {
  "use strict";

  var box = document.getElementById("bulletin-lookup");
  if (!box) { return; }
  var PAGE = 20;
  var BATCH = 2;        // parts fetched at once after the first
  var COUNT_PARTS = 12; // parts read in the background to give an exact count
  var COUNT_DELAY = 800; // ms: not while the reader is still typing
  var siteRoot = new URL("../", document.currentScript.src);  // this file is assets/bulletin-lookup.js
  var base = new URL(box.getAttribute("data-index"), location.href);
  var input = box.querySelector("#tra-cuu-q");
  var selects = Array.prototype.slice.call(box.querySelectorAll("select[data-filter]"));
  var count = box.querySelector(".bulletin-lookup__count");
  var list = box.querySelector(".bulletin-lookup__results");
  var more = box.querySelector(".bulletin-lookup__more");
  var cursor = null;
  var shown = 0;
  var ticket = 0;
  var timer = null;
  var files = {};

  function get(path) {
    if (!files[path]) {
      files[path] = fetch(new URL(path, base)).then(function (response) {
        if (!response.ok) { throw new Error(path + ": " + response.status); }
        return response.json();
      });
      files[path].catch(function () { delete files[path]; });  // a later search may retry
    }
    return files[path];
  }

  // As bulletin.text.fold: no case, no marks, đ as d, either tone placement.
  function fold(text) {
    return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
  }

  // As bulletin.lookup_index.syllables.
  function words(text) {
    return text.match(/[\p{L}\p{N}]+/gu) || [];
  }

  // As bulletin.text.slugify: a result's anchor on its decision page, unless the index says otherwise.
  function slug(text) {
    return fold(text).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  }

  function at(row, i) { return i < row.length ? row[i] : 0; }

  // A dated decision's page is given by its id alone (lookup_index._Tables._issue).
  function decisionPage(meta, issue) {
    if (issue[1].indexOf("/") >= 0) { return issue[1]; }
    return meta.decision[0] + issue[2].slice(0, 4) + "/" + issue[1] + meta.decision[1];
  }

  // One row of a part or block (see lookup_index._Tables._row) as a result.
  function decode(meta, file, row) {
    var anchor = at(row, 9) || slug(row[0]);
    var profile = at(row, 8);
    if (profile === 1) { profile = anchor; } else if (profile && profile.charAt(0) === "-") { profile = anchor + profile; }
    var dia = at(row, 2);
    var place = at(row, 4);
    return {
      name: row[0],
      issue: file.d[row[1]],
      dia: dia,
      kind: at(row, 3),
      place: place === 1 ? meta.filters.dia_ban[dia] : place,
      rank: at(row, 5) ? meta.ranks[at(row, 5) - 1] : "",
      position: at(row, 6),
      unit: at(row, 7),
      profile: profile,
      anchor: anchor,
      key: decisionPage(meta, file.d[row[1]]) + "#" + anchor,
    };
  }

  function filters() {
    var chosen = {};
    selects.forEach(function (select) {
      if (select.value) { chosen[select.getAttribute("data-filter")] = select.value; }
    });
    return chosen;
  }

  // Chosen values as ids of the index (-2, matching nothing, for a value it does not hold).
  function filterIds(meta, chosen) {
    var ids = {};
    Object.keys(chosen).forEach(function (name) {
      var i = (meta.filters[name] || []).indexOf(chosen[name]);
      ids[name] = i < 0 ? -2 : i;
    });
    return ids;
  }

  // Whether an issue's filters and a place pass the chosen filters, leaving out `skip`.
  function passes(meta, ids, issueFilters, dia, skip) {
    for (var name in ids) {
      if (name === skip) { continue; }
      var k = meta.issue_filters.indexOf(name);
      var value = k < 0 ? dia : issueFilters[k];
      if (value !== ids[name]) { return false; }
    }
    return true;
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

  // Results read part by part from `parts`, keeping rows that pass `test`; `total` when known.
  // Calls to fill run one after the other; rows already shown (`frozen`) keep their place.
  function NameCursor(meta, parts, test, rank, total, dedupe) {
    var self = this;
    var next = 0;
    var seen = {};
    var queue = Promise.resolve();
    this.rows = [];
    this.frozen = 0;
    this.small = parts.length <= COUNT_PARTS;
    this.done = function () { return next >= parts.length; };
    this.total = function () { return self.done() ? self.rows.length : total; };

    async function read(wanted, onBatch) {
      var reads = 0;
      var rows = self.rows;
      while (rows.length < wanted && !self.done() && (reads < 8 * BATCH || rows.length <= self.frozen)) {
        var batch = parts.slice(next, next + (next ? BATCH : 1));
        next += batch.length;
        reads += batch.length;
        var got = await Promise.all(batch.map(get));
        got.forEach(function (file) {
          file.r.forEach(function (row) {
            var result = decode(meta, file, row);
            if (dedupe) {
              if (seen[result.key]) { return; }
              seen[result.key] = true;
            }
            if (test(result)) { rows.push(result); }
          });
        });
        // Rank what is not shown yet; parts come in a useful order already (given names first).
        var tail = rows.splice(self.frozen).map(function (r, i) { return [rank(r), i, r]; });
        tail.sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; });
        tail.forEach(function (t) { rows.push(t[2]); });
        if (onBatch) { onBatch(); }
      }
    }

    // `onBatch` runs after each batch of parts: a first result is shown before the page is full.
    this.fill = function (wanted, onBatch) {
      queue = queue.then(function () { return read(wanted, onBatch); });
      return queue;
    };
  }

  // Every award, newest first, or those in runs that pass the filters (facets.json).
  function BrowseCursor(meta, runs, total) {
    var self = this;
    var queue = Promise.resolve();
    this.rows = [];
    this.frozen = 0;
    this.small = true;
    this.done = function () { return self.rows.length >= total; };
    this.total = function () { return total; };

    async function read(wanted) {
      var rows = self.rows;
      var positions = [];
      for (var r = 0, skip = rows.length; r < runs.length && positions.length < wanted - rows.length; r++) {
        var start = runs[r][0], length = runs[r][1];
        if (skip >= length) { skip -= length; continue; }
        for (var p = start + skip; p < start + length && positions.length < wanted - rows.length; p++) { positions.push(p); }
        skip = 0;
      }
      var blocks = {};
      positions.forEach(function (p) { blocks[Math.floor(p / meta.block)] = true; });
      var names = Object.keys(blocks);
      var got = await Promise.all(names.map(function (b) { return get("browse/" + b + ".json"); }));
      names.forEach(function (b, i) { blocks[b] = got[i]; });
      positions.forEach(function (p) {
        var file = blocks[Math.floor(p / meta.block)];
        rows.push(decode(meta, file, file.r[p % meta.block]));
      });
    }

    this.fill = function (wanted) {
      queue = queue.then(function () { return read(wanted); });
      return queue;
    };
  }

  var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  // As lookup_index.decode_numbers.
  function numbers(text) {
    var out = [];
    var number = 0;
    var scale = 1;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGITS.indexOf(text.charAt(i));
      if (digit >= 32) {
        number += (digit - 32) * scale;
        scale *= 32;
      } else {
        out.push(number + digit * scale);
        number = 0;
        scale = 1;
      }
    }
    return out;
  }

  // Every run of facets.json in browse order (lookup_index.facets): an issue's five filter
  // ids, the place's id (-1 for none) and its number of awards.
  function eachRun(facets, visit) {
    if (!facets.numbers) { facets.numbers = numbers(facets.f); }
    var a = facets.numbers;
    var i = 0;
    while (i < a.length) {
      var issueFilters = facets.t[a[i]];
      var runs = a[i + 1];
      i += 2;
      for (var r = 0; r < runs; r++) {
        var value = a[i++];
        var awards = value % 2 ? a[i++] + 2 : 1;
        visit(issueFilters, Math.floor(value / 2) - 1, awards);
      }
    }
  }

  async function browse(meta, chosen) {
    if (!Object.keys(chosen).length) { return new BrowseCursor(meta, [[0, meta.total]], meta.total); }
    var facets = await get("facets.json");
    var ids = filterIds(meta, chosen);
    var runs = [];
    var position = 0;
    var total = 0;
    eachRun(facets, function (issueFilters, dia, awards) {
      if (passes(meta, ids, issueFilters, dia, null)) {
        runs.push([position, awards]);
        total += awards;
      }
      position += awards;
    });
    return new BrowseCursor(meta, runs, total);
  }

  // Every word but the last must be a syllable of the name; the last is one too, or else
  // the beginning of one ("thie" finds Thiệp and Thiện).
  async function search(meta, query, chosen) {
    var typed = words(fold(query));
    if (!typed.length) { return browse(meta, chosen); }
    var syllables = await get("syllables.json");
    var index = {};
    syllables.forEach(function (entry) { index[entry[0]] = entry; });
    var last = typed[typed.length - 1];
    var whole = Object.prototype.hasOwnProperty.call(index, last);
    var complete = whole ? typed : typed.slice(0, -1);
    var sources;
    if (complete.some(function (w) { return !Object.prototype.hasOwnProperty.call(index, w); })) {
      sources = [];
    } else if (complete.length) {
      sources = [complete.map(function (w) { return index[w]; }).sort(function (a, b) { return a[1] - b[1]; })[0]];
    } else {
      sources = syllables.filter(function (e) { return e[0].indexOf(last) === 0; }).sort(function (a, b) { return b[1] - a[1]; });
    }
    var parts = [];
    sources.forEach(function (entry) {
      for (var i = 0; i < entry[2]; i++) { parts.push("names/" + (entry[3] || entry[0]) + "-" + i + ".json"); }
    });
    var ids = filterIds(meta, chosen);
    var exact = words(query.normalize("NFC").toLowerCase());
    function test(result) {
      var have = words(fold(result.name));
      var ok = complete.every(function (w) { return have.indexOf(w) >= 0; })
        && (whole || have.some(function (w) { return w.indexOf(last) === 0; }));
      return ok && passes(meta, ids, result.issue.slice(4), result.dia, null);
    }
    // A person whose given name is the last word typed first, then names written with the marks typed.
    function rank(result) {
      var have = words(fold(result.name));
      var end = have.length ? have[have.length - 1] : "";
      var given = result.kind === 0 && (whole ? end === last : end.indexOf(last) === 0);
      var marked = words(result.name.normalize("NFC").toLowerCase());
      var same = exact.filter(function (w) { return marked.indexOf(w) >= 0; }).length;
      return (given ? 1000 : 0) + same;
    }
    var total = typed.length === 1 && whole && !Object.keys(chosen).length ? sources[0][1] : null;
    return new NameCursor(meta, parts, test, rank, total, sources.length > 1);
  }

  function link(text, url) {
    var a = document.createElement("a");
    a.href = new URL(url, siteRoot).href;
    a.textContent = text;
    return a;
  }

  function day(iso) {
    var p = iso.split("-");
    return Number(p[2]) + "/" + Number(p[1]) + "/" + p[0];
  }

  function item(meta, result) {
    var issue = result.issue;
    var li = document.createElement("li");
    li.className = "bulletin-lookup__result";
    var name = document.createElement("strong");
    name.textContent = [result.rank, result.name].filter(Boolean).join(" ");
    li.appendChild(name);
    var where = [result.position, result.unit, result.place].filter(Boolean).join(", ");
    var detail = [meta.kinds[result.kind], where].filter(Boolean).join(" – ");
    li.appendChild(document.createTextNode(" (" + detail + ")"));
    li.appendChild(document.createElement("br"));
    var text = meta.titles[issue[0]] + (issue[2] ? ", " + day(issue[2]) : "");
    meta.labels.forEach(function (label) { if (issue[3] & label[0]) { text += label[1]; } });
    li.appendChild(link(text, decisionPage(meta, issue) + "#" + result.anchor));
    if (result.profile) {
      li.appendChild(document.createTextNode(" · "));
      li.appendChild(link("Hồ sơ khen thưởng", meta.profile[0] + result.profile + meta.profile[1]));
    }
    return li;
  }

  function showCount(found) {
    var total = found.total();
    if (total === null) {
      count.textContent = found.rows.length.toLocaleString("vi-VN") + "+ kết quả";
      count.removeAttribute("data-count");
    } else {
      count.textContent = total.toLocaleString("vi-VN") + " kết quả";
      count.setAttribute("data-count", String(total));
    }
  }

  async function showMore() {
    var mine = ticket;
    var found = cursor;
    var meta = await get("meta.json");
    var target = shown + PAGE;
    // Shows what has been read so far; what is shown keeps its place (found.frozen).
    function render() {
      if (mine !== ticket) { return; }  // a newer search has replaced these results
      var rows = found.rows.slice(shown, target);
      rows.forEach(function (r) { list.appendChild(item(meta, r)); });
      shown += rows.length;
      found.frozen = shown;
      if (rows.length || found.done()) { showCount(found); }
    }
    await found.fill(target, render);
    render();
    if (mine !== ticket) { return; }
    showCount(found);
    more.hidden = shown >= found.rows.length && found.done();
  }

  // Options that would find no one, given the other filters chosen, are greyed out: each
  // select's counts are over every filter but its own (and without the words typed, which
  // narrow the list, not the choices). With no filter chosen every option finds someone.
  async function narrow(meta, mine) {
    var chosen = filters();
    var counts = selects.map(function () { return null; });
    if (Object.keys(chosen).length) {
      var facets = await get("facets.json");
      var ids = filterIds(meta, chosen);
      counts = selects.map(function (select) {
        var name = select.getAttribute("data-filter");
        var k = meta.issue_filters.indexOf(name);
        var found = {};
        eachRun(facets, function (issueFilters, dia, awards) {
          if (passes(meta, ids, issueFilters, dia, name)) {
            var value = k < 0 ? dia : issueFilters[k];
            found[value] = (found[value] || 0) + awards;
          }
        });
        var byValue = {};
        (meta.filters[name] || []).forEach(function (value, id) { byValue[value] = found[id] || 0; });
        return byValue;
      });
    }
    if (mine !== ticket) { return; }
    selects.forEach(function (select, i) {
      Array.prototype.forEach.call(select.options, function (option) {
        option.disabled = Boolean(counts[i]) && Boolean(option.value) && option.value !== select.value && !counts[i][option.value];
      });
    });
  }

  async function run() {
    var mine = ++ticket;
    remember();
    count.textContent = "Đang tra cứu…";
    count.removeAttribute("data-count");
    more.hidden = true;
    try {
      var meta = await get("meta.json");
      var found = await search(meta, input.value, filters());
      if (mine !== ticket) { return; }
      cursor = found;
      shown = 0;
      list.textContent = "";
      await showMore();
      if (mine !== ticket) { return; }
      await narrow(meta, mine);
      // A count not known yet is worked out in the background when the parts are few, once
      // the reader has stopped typing (the words typed on the way need no count).
      if (found.total() === null && found.small) {
        await new Promise(function (resolve) { setTimeout(resolve, COUNT_DELAY); });
        if (mine !== ticket) { return; }
        await found.fill(Infinity);
        if (mine !== ticket) { return; }
        showCount(found);
        more.hidden = shown >= found.rows.length;
      }
      if (mine !== ticket) { return; }
      box.setAttribute("data-narrowed", String(mine));
    } catch (error) {
      if (mine === ticket) { count.textContent = "Không tải được dữ liệu tra cứu, xin thử lại."; }
      throw error;
    }
  }

  input.addEventListener("input", function () {
    // The count of the words typed before is no longer the answer: say so at once.
    count.textContent = "Đang tra cứu…";
    count.removeAttribute("data-count");
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
