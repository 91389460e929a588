// Client-side search over search.json: names, aliases, article titles and fact statements.
// Words are folded the way the bot folds them (case, accents, punctuation); each query word matches
// a vocabulary word exactly, as a prefix, or within a small number of typos (optimal string alignment
// distance, so "jmaes" -> "james" is one edit). Every query word must match; if none does, the
// documents matching the most words are offered as the closest. No libraries, nothing fetched but
// search.json from this site.
(function () {
  "use strict";
  var box = document.getElementById("q");
  var list = document.getElementById("results");
  var status = document.getElementById("search-status");
  if (!box || !list) return;
  var INDEX = null, VOCAB = null, STOP = null;
  var KIND = { e: "name", a: "article", f: "fact" };
  var KIND_RANK = { e: 0, a: 1, f: 2 };
  var MAX_RESULTS = 50;

  function fold(text) {
    text = text.replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]/g, "");
    text = text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
    text = text.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c-\u201f\u2033]/g, '"')
               .replace(/[\u2010-\u2015\u2212]/g, "-").replace(/\u00a0/g, " ");
    text = text.split("'s ").join(" ").split("'").join("");
    text = text.replace(/(?<=\d),(?=\d{3})/g, "");
    text = text.replace(/[^\p{L}\p{N}%$.]+|(?<!\d)\.|\.(?!\d)|_/gu, " ");
    return text.replace(/\s+/g, " ").trim();
  }
  function tokens(text) { var f = fold(text); return f ? f.split(" ") : []; }

  // Typos tolerated: none in short words (too many false friends), one up to 7 letters, two above;
  // none in numbers and years, which must match exactly ("2017" is never "2015").
  function maxEdits(word) {
    if (/\d/.test(word)) return 0;
    return word.length <= 3 ? 0 : word.length <= 7 ? 1 : 2;
  }

  // Optimal string alignment distance, giving up (returning k+1) as soon as it must exceed k.
  function osa(a, b, k) {
    var n = a.length, m = b.length;
    if (Math.abs(n - m) > k) return k + 1;
    var prev2 = null, prev = [], cur;
    for (var j = 0; j <= m; j++) prev[j] = j;
    for (var i = 1; i <= n; i++) {
      cur = [i];
      var best = i;
      for (var j2 = 1; j2 <= m; j2++) {
        var cost = a[i - 1] === b[j2 - 1] ? 0 : 1;
        var v = Math.min(prev[j2] + 1, cur[j2 - 1] + 1, prev[j2 - 1] + cost);
        if (i > 1 && j2 > 1 && a[i - 1] === b[j2 - 2] && a[i - 2] === b[j2 - 1]) v = Math.min(v, prev2[j2 - 2] + 1);
        cur[j2] = v;
        if (v < best) best = v;
      }
      if (best > k) return k + 1;
      prev2 = prev; prev = cur;
    }
    return prev[m];
  }

  // doc -> best score of one query word: exact 1, prefix 0.85, typo 0.8 (0.7 for two edits).
  function matchWord(t) {
    var hits = new Map();
    function add(word, score) {
      var docs = INDEX.words[word];
      for (var i = 0; i < docs.length; i++) {
        var d = docs[i];
        if (!(hits.get(d) >= score)) hits.set(d, score);
      }
    }
    if (INDEX.words[t]) add(t, 1);
    var k = maxEdits(t), prefix = t.length >= 3;
    for (var i = 0; i < VOCAB.length; i++) {
      var w = VOCAB[i];
      if (w === t) continue;
      if (prefix && w.length > t.length && w.lastIndexOf(t, 0) === 0) { add(w, 0.85); continue; }
      if (k && Math.abs(w.length - t.length) <= k) {
        var d = osa(t, w, k);
        if (d <= k) add(w, d === 1 ? 0.8 : 0.7);
      }
    }
    return hits;
  }

  function search(query) {
    var all = tokens(query);
    var words = all.filter(function (t) { return !STOP.has(t); });
    if (!words.length) words = all;
    if (!words.length) return { results: [], partial: false };
    var maps = words.map(matchWord);
    var order = maps.slice().sort(function (a, b) { return a.size - b.size; });
    var scored = [];
    order[0].forEach(function (s, doc) {
      var total = s;
      for (var i = 1; i < order.length; i++) {
        var v = order[i].get(doc);
        if (v === undefined) return;
        total += v;
      }
      scored.push([doc, total]);
    });
    var partial = false;
    if (!scored.length && maps.length > 1) {
      partial = true;
      var sums = new Map(), counts = new Map();
      maps.forEach(function (m) {
        m.forEach(function (s, doc) { sums.set(doc, (sums.get(doc) || 0) + s); counts.set(doc, (counts.get(doc) || 0) + 1); });
      });
      var need = Math.ceil(maps.length / 2);
      sums.forEach(function (s, doc) { if (counts.get(doc) >= need) scored.push([doc, s]); });
    }
    scored.forEach(function (p) {
      var doc = INDEX.docs[p[0]];
      if (doc[0] === "e") p[1] += 0.5 + words.length / Math.max(words.length, tokens(doc[1]).length);
    });
    scored.sort(function (a, b) {
      return b[1] - a[1] || KIND_RANK[INDEX.docs[a[0]][0]] - KIND_RANK[INDEX.docs[b[0]][0]] || a[0] - b[0];
    });
    return { results: scored.map(function (p) { return INDEX.docs[p[0]]; }), partial: partial };
  }

  function show(query) {
    list.textContent = "";
    if (!query.trim()) { status.textContent = ""; return; }
    var found = search(query);
    var shown = found.results.slice(0, MAX_RESULTS);
    if (!shown.length) {
      status.textContent = "Nothing in the names or facts matches “" + query + "”. Try fewer or other words.";
      return;
    }
    status.textContent = (found.partial ? "Nothing matches every word; closest: " : "") +
      found.results.length + (found.results.length === 1 ? " result" : " results") +
      (found.results.length > shown.length ? ", first " + shown.length + " shown" : "");
    shown.forEach(function (doc) {
      var li = document.createElement("li");
      li.className = "result result-" + doc[0];
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = KIND[doc[0]] + " ";
      var a = document.createElement("a");
      a.href = doc[3];
      a.textContent = doc[1];
      var detail = document.createElement("div");
      detail.className = "muted";
      detail.textContent = doc[2];
      li.appendChild(kind); li.appendChild(a); li.appendChild(detail);
      list.appendChild(li);
    });
  }

  var timer = null;
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(function () { if (INDEX) show(box.value); }, 80);
  }
  box.addEventListener("input", schedule);

  var initial = new URLSearchParams(location.search).get("q") || "";
  if (initial) box.value = initial;
  status.textContent = "Loading the search index…";
  fetch("search.json").then(function (r) {
    if (!r.ok) throw new Error(r.status);
    return r.json();
  }).then(function (data) {
    INDEX = data;
    VOCAB = Object.keys(data.words);
    STOP = new Set(data.stop);
    status.textContent = "";
    document.body.setAttribute("data-search-ready", "1");
    window.factdeskSearch = search;  // for timing and debugging from the console: factdeskSearch("jmaes dong")
    if (box.value) show(box.value);
  }).catch(function () {
    status.textContent = "Search needs the site served over HTTP (for example: python -m http.server in the site folder).";
  });
})();
