// Tra cứu khen thưởng: name search and filters in the browser, over the lookup's own index
// (tra-cuu/chi-muc/, written by bulletin.outputs.lookup_index; its docstring describes the files).
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
  var panel = box.querySelector(".bulletin-lookup__filters");
  var active = box.querySelector(".bulletin-lookup__active");
  var none = box.querySelector(".bulletin-lookup__none");
  var plainButton = box.querySelector(".bulletin-lookup__plain");
  var clearButton = box.querySelector(".bulletin-lookup__clear");
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

  // As bulletin.vietnamese.text.fold: no case, no marks, đ as d, either tone placement.
  function fold(text) {
    return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
  }

  // As bulletin.outputs.lookup_index.syllables.
  function words(text) {
    return text.match(/[\p{L}\p{N}]+/gu) || [];
  }

  var TONES = { "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5 };

  // As bulletin.outputs.lookup_index.marks: a word's letters with their marks, and its tone wherever
  // it sits ("hoà" and "hòa" are ["hoa", 1]).
  function marks(word) {
    var tone = 0;
    var letters = "";
    Array.prototype.forEach.call(word.toLowerCase().normalize("NFD"), function (c) {
      if (TONES[c]) { tone = TONES[c]; } else { letters += c; }
    });
    return [letters.normalize("NFC"), tone];
  }

  // As lookup_query.typed_words: each word folded, and its marks if it was typed with any.
  function typedWords(text) {
    return words(text.normalize("NFC")).map(function (word) {
      var m = marks(word);
      return { folded: fold(word), letters: m[0], tone: m[1], marked: fold(word) !== word.toLowerCase() };
    });
  }

  // As lookup_query.matches: a syllable of a name is the word typed, or begins with it.
  function matches(word, syllable, whole) {
    var folded = fold(syllable);
    var m = marks(syllable);
    if (whole) {
      return folded === word.folded && (!word.marked || (m[0] === word.letters && m[1] === word.tone));
    }
    return folded.indexOf(word.folded) === 0
      && (!word.marked || (m[0].indexOf(word.letters) === 0 && (word.tone === 0 || word.tone === m[1])));
  }

  // As lookup_query.holds: every word typed is a syllable of the name, the last maybe its beginning.
  function holds(typed, whole, name) {
    var have = words(name.normalize("NFC"));
    return typed.every(function (w, i) {
      return have.some(function (s) { return matches(w, s, whole || i < typed.length - 1); });
    });
  }

  // As lookup_query.rank: the whole name, then a person's given name, then the marks typed.
  function rankOf(typed, whole, name, kind) {
    var have = words(name.normalize("NFC"));
    var exact = whole && have.length === typed.length && typed.every(function (w, i) { return matches(w, have[i], true); });
    var given = kind === 0 && have.length > 0 && matches(typed[typed.length - 1], have[have.length - 1], whole);
    var written = have.map(function (s) { return marks(s).join(" "); });
    var same = typed.filter(function (w) { return written.indexOf(w.letters + " " + w.tone) >= 0; }).length;
    return (exact ? 200 : given ? 100 : 0) + same;
  }

  // As bulletin.vietnamese.text.slugify: a result's anchor on its decision page, unless the index says otherwise.
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
  // The rest rank by `rank`, then newest first, then in the parts' order.
  function NameCursor(meta, parts, test, rank, total) {
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
            if (seen[result.key]) { return; }
            seen[result.key] = true;
            if (test(result)) {
              result.score = rank(result);
              rows.push(result);
            }
          });
        });
        // Rank what is not shown yet (lookup_query.query sorts the same way).
        var tail = rows.splice(self.frozen).map(function (r, i) { return [r.score, r.issue[2] || "", i, r]; });
        tail.sort(function (a, b) { return b[0] - a[0] || (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0) || a[2] - b[2]; });
        tail.forEach(function (t) { rows.push(t[3]); });
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

  function partNames(entry, from, to) {
    var names = [];
    for (var i = from; i < to; i++) { names.push("names/" + (entry[4] || entry[0]) + "-" + i + ".json"); }
    return names;
  }

  // As lookup_query.plan: the parts to read, in order. A syllable's parts list first the
  // people of that given name, shorter names first: read in order, the whole names come
  // first, then the given names, then the rest, so what is shown first stays first.
  function plan(meta, syllables, typed) {
    var index = {};
    syllables.forEach(function (entry) { index[entry[0]] = entry; });
    var has = function (w) { return Object.prototype.hasOwnProperty.call(index, w); };
    var last = typed[typed.length - 1];
    var whole = has(last);
    var complete = whole ? typed : typed.slice(0, -1);
    if (!complete.every(has)) { return { parts: [], whole: whole }; }
    var head = function (entry) { return Math.ceil(entry[3] / meta.part); };
    if (complete.length) {
      var rarest = complete.map(function (w) { return index[w]; }).sort(function (a, b) { return a[1] - b[1]; })[0];
      var given = whole ? index[last] : rarest;
      // One part of the rarest word is ranked whole.
      if (given === rarest || !given[3] || rarest[2] === 1) { return { parts: partNames(rarest, 0, rarest[2]), whole: whole }; }
      return { parts: partNames(given, 0, head(given)).concat(partNames(rarest, 0, rarest[2])), whole: whole };
    }
    var sources = syllables.filter(function (e) { return e[0].indexOf(last) === 0; }).sort(function (a, b) { return b[1] - a[1]; });
    var heads = [];
    var rest = [];
    sources.forEach(function (e) {
      heads = heads.concat(partNames(e, 0, head(e)));
      rest = rest.concat(partNames(e, head(e), e[2]));
    });
    return { parts: heads.concat(rest), whole: whole };
  }

  // Every word but the last must be a syllable of the name; the last is one too, or else
  // the beginning of one ("thie" finds Thiệp and Thiện). Words typed with marks keep them.
  async function search(meta, query, chosen) {
    var folded = words(fold(query));
    if (!folded.length) { return browse(meta, chosen); }
    var syllables = await get("syllables.json");
    var planned = plan(meta, syllables, folded);
    var whole = planned.whole;
    var typed = typedWords(query);
    var ids = filterIds(meta, chosen);
    function test(result) {
      return holds(typed, whole, result.name) && passes(meta, ids, result.issue.slice(4), result.dia, null);
    }
    function rank(result) { return rankOf(typed, whole, result.name, result.kind); }
    var plain = !typed.some(function (w) { return w.marked; });
    var single = folded.length === 1 && whole && plain && !Object.keys(chosen).length;
    var total = single ? syllables.filter(function (e) { return e[0] === folded[0]; })[0][1] : null;
    return new NameCursor(meta, planned.parts, test, rank, total);
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
    // As the site's lists say it: "Thượng tá <b>Nguyễn Văn A</b> – Trưởng Công an huyện X", a
    // collective with its place in brackets (templates/award_line.html).
    var where = [result.position, result.unit, result.place].filter(Boolean).join(", ");
    if (where) { li.appendChild(document.createTextNode(result.kind === 0 ? " – " + where : " (" + where + ")")); }
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
      count.textContent = "Ít nhất " + found.rows.length.toLocaleString("vi-VN") + " kết quả";
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
    explain(found);
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

  // How many filters are on, beside "Lọc kết quả" (the filters are folded away on phones).
  function showActive() {
    var on = Object.keys(filters()).length;
    active.textContent = on ? " (đã chọn " + on + ")" : "";
  }

  // Nothing found: say what was looked for and what to try; offer the words without their
  // marks when some were typed, and to drop the filters when some are on.
  function explain(found) {
    var empty = found.done() && found.rows.length === 0;
    none.hidden = !empty;
    if (!empty) { return; }
    var query = input.value.trim();
    var on = Object.keys(filters()).length;
    none.querySelector(".bulletin-lookup__none-title").textContent = query
      ? "Không tìm thấy người hoặc đơn vị nào có tên “" + query + "”" + (on ? " với điều kiện lọc đã chọn." : ".")
      : "Không có khen thưởng nào với điều kiện lọc đã chọn.";
    none.querySelector(".bulletin-lookup__none-filters").hidden = !on;
    clearButton.hidden = !on;
    var plain = words(fold(query)).join(" ");
    plainButton.hidden = !query || plain === words(query.normalize("NFC").toLowerCase()).join(" ");
    plainButton.textContent = "Tìm không dấu: “" + plain + "”";
  }

  async function run() {
    var mine = ++ticket;
    remember();
    showActive();
    count.textContent = "Đang tra cứu…";
    count.removeAttribute("data-count");
    more.hidden = true;
    none.hidden = true;
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
        explain(found);
      }
      if (mine !== ticket) { return; }
      box.setAttribute("data-narrowed", String(mine));
    } catch (error) {
      if (mine === ticket) { count.textContent = "Chưa tra cứu được, xin thử lại sau."; }
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
  plainButton.addEventListener("click", function () {
    input.value = words(fold(input.value)).join(" ");
    run();
  });
  clearButton.addEventListener("click", function () {
    selects.forEach(function (select) { select.value = ""; });
    run();
  });
  // Wide screens show the filters open; phones keep them folded under "Lọc kết quả".
  if (window.matchMedia("(min-width: 45em)").matches) { panel.open = true; }
  restore();
  run();
})();
