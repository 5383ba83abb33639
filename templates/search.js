/* bontot: the search page. Loads the parts of the index it needs as scripts (they work from
   file://, where browsers refuse to fetch JSON), folds case, tones and đ with the table the
   build wrote into the page, ranks title and tag matches first (and, among equals, the words
   as the reader spelled them, "quỹ" before "quý"), and builds every result with
   textContent: no text of the content is ever read as markup. A district's page also loads its
   units' parts from their folders: their links lead from the folder of their script (the unit's
   search page), so they are rebased onto this page, and their results name the unit. */
(function () {
  "use strict";
  var holder = document.getElementById("chi-muc");
  var list = document.getElementById("ket-qua");
  var status = document.getElementById("ket-qua-tom-tat");
  if (!holder || !list || !status) return;

  var table = JSON.parse(holder.getAttribute("data-fold") || "{}");
  var parts = Array.prototype.map.call(holder.querySelectorAll("[data-part]"), function (element) {
    var src = element.getAttribute("data-src");
    return { name: element.getAttribute("data-part"), src: src, base: src.slice(0, src.lastIndexOf("/") + 1),
             unit: element.getAttribute("data-unit") || "", within: element.getAttribute("data-in"),
             state: "", script: null, entries: [] };
  });
  /* Results are shown 50 at a time; "Xem thêm kết quả" shows 50 more. */
  var limit = 50;
  var shown = limit;
  var more = document.getElementById("xem-them");
  var sections = { b: "Hồ sơ chi bộ", s: "Gương điển hình", m: "Biên bản sinh hoạt" };
  /* Fields of an entry: section, title, href, meta, tags, people, summary, body, date;
     the weight of a match in each searched field. */
  var weights = { 1: 10, 4: 6, 5: 4, 3: 3, 6: 3, 7: 1 };
  var fields = [1, 4, 5, 3, 6, 7];

  function foldCharacter(character) {
    var folded = table[character];
    if (folded !== undefined) return folded;
    var lower = character.toLowerCase();
    folded = table[lower];
    return folded !== undefined ? folded : lower;
  }

  /* Folds a whole text; fast, for matching. */
  function fold(text) {
    return text.toLowerCase().replace(/[^\x00-\x7f]/g, foldCharacter);
  }

  /* Folds a text one character at a time, keeping where each folded character came from,
     so a match found in the folded text can be marked in the original one. */
  function foldWithMap(text) {
    var folded = "", map = [];
    for (var index = 0; index < text.length; index++) {
      var piece = foldCharacter(text[index]);
      for (var k = 0; k < piece.length; k++) map.push(index);
      folded += piece;
    }
    map.push(text.length);
    return { text: folded, map: map };
  }

  var letter = /[\p{L}\p{N}]/u;

  function isLetter(character) {
    return character !== undefined && letter.test(character);
  }

  /* Where `term` occurs at the start of a word of `text`, from `from` on; -1 when it does not. */
  function find(text, term, from) {
    var at = text.indexOf(term, from);
    while (at > 0 && isLetter(text[at - 1])) at = text.indexOf(term, at + 1);
    return at;
  }

  /* 1 when `term` is a whole word of `text`, 0.5 when it only starts one, else 0. */
  function strength(text, term) {
    var best = 0;
    for (var at = find(text, term, 0); at >= 0; at = find(text, term, at + 1)) {
      if (!isLetter(text[at + term.length])) return 1;
      best = 0.5;
    }
    return best;
  }

  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(function (word) { return word.length > 0; });
  }

  /* A text as exact spellings are compared: lower case, composed (NFC). */
  function spelled(text) {
    return text.toLowerCase().normalize("NFC");
  }

  /* The spelling the reader typed for each of `terms` (the folded words of `text`) where it has
     diacritics ("Quỹ" gives "quỹ"), else "" ("quy", or a word folding splits): "" everywhere when
     the words typed and the terms do not line up. */
  function spellingsOf(text, terms) {
    var typed = [], spellings = [];
    spelled(text).split(/[^\p{L}\p{N}\p{M}]+/u).forEach(function (word) {
      var folded = words(word);
      folded.forEach(function (term) {
        typed.push(term);
        spellings.push(folded.length === 1 && term !== word ? word : "");
      });
    });
    if (typed.join(" ") === terms.join(" ")) return spellings;
    return terms.map(function () { return ""; });
  }

  /* `href` written from the folder `base` leads there from this page: "../don-vi/a/tim-kiem/"
     and "../sinh-hoat/x/index.html" give "../don-vi/a/sinh-hoat/x/index.html". */
  function rebase(base, href) {
    if (base === "") return href;
    var path = [];
    (base + href).split("/").forEach(function (name, index, names) {
      if (name === "." || (name === "" && index < names.length - 1)) return;
      if (name === ".." && path.length > 0 && path[path.length - 1] !== "..") path.pop();
      else path.push(name);
    });
    return path.join("/");
  }

  /* The part whose script is running (two units' parts share a name), else the first one of
     that name still loading. */
  function partOf(name) {
    var running = document.currentScript;
    var found = parts.filter(function (part) { return running && part.script === running; })[0];
    return found || parts.filter(function (part) { return part.name === name && part.state === "loading"; })[0];
  }

  window.bontotSearch = {
    add: function (name, rows) {
      var part = partOf(name);
      if (!part) return;
      part.entries = rows.map(function (row) {
        row[2] = rebase(part.base, row[2]);
        return { row: row, unit: part.unit, folded: fields.map(function (field) { return fold(row[field]); }) };
      });
      part.state = "loaded";
      run();
    }
  };

  var params = new URLSearchParams(window.location.search);
  var query = params.get("q") || "";
  var scope = params.get("trong") || "";
  var input = document.getElementById("tu-khoa");
  var select = document.getElementById("pham-vi");
  if (input) input.value = query;
  if (select) {
    select.value = scope;
    if (select.value !== scope) { scope = ""; select.value = ""; }
  }

  /* A scope is a part's name or the start of several ("bien-ban"), or "@<unit>": the parts of
     one unit of a district, its own units' with them. */
  function wanted(part) {
    if (scope.charAt(0) === "@") return part.within === scope.slice(1);
    return scope === "" || part.name === scope || part.name.indexOf(scope + "-") === 0;
  }

  function load() {
    parts.forEach(function (part) {
      if (!wanted(part) || part.state !== "") return;
      part.state = "loading";
      var script = document.createElement("script");
      part.script = script;
      script.src = part.src;
      script.onerror = function () { part.state = "failed"; run(); };
      document.head.appendChild(script);
    });
  }

  function score(entry, terms, phrase) {
    var total = 0;
    for (var t = 0; t < terms.length; t++) {
      var best = 0;
      for (var f = 0; f < fields.length; f++) {
        best = Math.max(best, weights[fields[f]] * strength(entry.folded[f], terms[t]));
      }
      if (best === 0) return 0;
      total += best;
    }
    if (terms.length > 1) {
      if (find(entry.folded[0], phrase, 0) >= 0) total += 10;
      else if (entry.folded.some(function (text) { return find(text, phrase, 0) >= 0; })) total += 5;
    }
    return total;
  }

  /* How much of an entry's match is spelled as the reader typed it: for each word typed with
     diacritics, the weight of its best match in the entry's own text (not folded). At equal
     scores the higher comes first, so "quỹ" finds a fund before a quarter ("quý"). */
  function exactness(entry, spellings) {
    var total = 0;
    for (var t = 0; t < spellings.length; t++) {
      if (spellings[t] === "") continue;
      if (!entry.spelled) entry.spelled = fields.map(function (field) { return spelled(entry.row[field]); });
      var best = 0;
      for (var f = 0; f < fields.length; f++) {
        best = Math.max(best, weights[fields[f]] * strength(entry.spelled[f], spellings[t]));
      }
      total += best;
    }
    return total;
  }

  /* The matches of `terms` in `text`, in order, as [start, end, term's index] in `text`: whole
     words only, unless a term only ever starts a word here. */
  function matches(text, terms) {
    var folded = foldWithMap(text);
    var ranges = [];
    terms.forEach(function (term, index) {
      var whole = [], starts = [];
      for (var at = find(folded.text, term, 0); at >= 0; at = find(folded.text, term, at + term.length)) {
        var range = [folded.map[at], folded.map[at + term.length], index];
        (isLetter(folded.text[at + term.length]) ? starts : whole).push(range);
      }
      ranges = ranges.concat(whole.length > 0 ? whole : starts);
    });
    return ranges.sort(function (a, b) { return a[0] - b[0]; });
  }

  /* True when the match `range` of `text` is spelled otherwise than the reader typed its word
     ("quý" for "quỹ"); false when it is spelled so, or the word was typed without diacritics. */
  function otherSpelling(text, range, spellings) {
    var typed = spellings[range[2]];
    return typed !== "" && spelled(text.slice(range[0], range[1])) !== typed;
  }

  /* Appends `text` to `element`, each match of `terms` inside a <mark>; a match spelled
     otherwise than typed is marked apart ("quý" when the reader typed "quỹ"). */
  function appendMarked(element, text, terms, spellings) {
    var position = 0;
    matches(text, terms).forEach(function (range) {
      if (range[0] < position) return;
      element.appendChild(document.createTextNode(text.slice(position, range[0])));
      var mark = document.createElement("mark");
      if (otherSpelling(text, range, spellings)) {
        mark.className = "other-spelling";
        mark.title = "Cách viết khác của “" + spellings[range[2]] + "”";
      }
      mark.textContent = text.slice(range[0], range[1]);
      element.appendChild(mark);
      position = range[1];
    });
    element.appendChild(document.createTextNode(text.slice(position)));
  }

  /* About 220 characters of the entry's text around its first match spelled as the reader typed
     it, or else its first match: of the body, the summary (a meeting's topic) or the people, the
     first that has a match spelled as typed, and of those the one matching the most of the words
     ("thu hoạch" in a topic, before "Bí thư" alone in the body). */
  function snippet(row, terms, spellings) {
    var texts = [row[7], row[6], row[5]];
    var best = null, bestRank = -1;
    for (var i = 0; i < texts.length; i++) {
      var text = texts[i] || "";
      var found = matches(text, terms);
      if (found.length === 0) continue;
      var typed = found.filter(function (range) { return !otherSpelling(text, range, spellings); });
      var shown = typed.length > 0 ? typed : found;
      var words = {};
      shown.forEach(function (range) { words[range[2]] = true; });
      var rank = (typed.length > 0 ? terms.length + 1 : 0) + Object.keys(words).length;
      if (rank > bestRank) {
        bestRank = rank;
        best = cut(text, Math.max(0, shown[0][0] - 60));
      }
    }
    return best !== null ? best : cut(row[6] || row[7], 0);
  }

  function cut(text, start) {
    if (start > 0) {
      var space = text.indexOf(" ", start);
      start = space >= 0 && space < start + 20 ? space + 1 : start;
    }
    var end = Math.min(text.length, start + 220);
    if (end < text.length) {
      var last = text.lastIndexOf(" ", end);
      if (last > start) end = last;
    }
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }

  function show(found, terms, spellings) {
    while (list.firstChild) list.removeChild(list.firstChild);
    if (more) more.hidden = found.length <= shown;
    found.slice(0, shown).forEach(function (hit) {
      var row = hit.entry.row;
      var item = document.createElement("li");
      item.className = "search-result";
      var kind = document.createElement("p");
      kind.className = "search-kind";
      kind.textContent = (sections[row[0]] || "") + (hit.entry.unit ? " · " + hit.entry.unit : "");
      var heading = document.createElement("h2");
      var link = document.createElement("a");
      link.href = row[2];
      appendMarked(link, row[1], terms, spellings);
      heading.appendChild(link);
      item.appendChild(kind);
      item.appendChild(heading);
      if (row[3]) {
        var meta = document.createElement("p");
        meta.className = "meta";
        meta.textContent = row[3];
        item.appendChild(meta);
      }
      var text = snippet(row, terms, spellings);
      if (text) {
        var paragraph = document.createElement("p");
        paragraph.className = "snippet";
        appendMarked(paragraph, text, terms, spellings);
        item.appendChild(paragraph);
      }
      list.appendChild(item);
    });
  }

  function number(value) {
    return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  }

  function run() {
    var terms = words(query);
    if (terms.length === 0) {
      status.textContent = "Nhập từ khóa rồi bấm “Tìm”.";
      return;
    }
    var needed = parts.filter(wanted);
    var waiting = needed.filter(function (part) { return part.state === "loading"; }).length;
    var failed = needed.filter(function (part) { return part.state === "failed"; }).length;
    var phrase = terms.join(" ");
    var spellings = spellingsOf(query, terms);
    var found = [];
    needed.forEach(function (part) {
      part.entries.forEach(function (entry) {
        var value = score(entry, terms, phrase);
        if (value > 0) found.push({ entry: entry, score: value, exact: exactness(entry, spellings) });
      });
    });
    found.sort(function (a, b) {
      if (b.score !== a.score) return b.score - a.score;
      if (b.exact !== a.exact) return b.exact - a.exact;
      /* At equal scores a branch's profile comes before the meetings and stories that name it:
         a search for a branch's name looks for the branch. */
      var profile = (a.entry.row[0] === "b") - (b.entry.row[0] === "b");
      if (profile !== 0) return -profile;
      if (b.entry.row[8] !== a.entry.row[8]) return b.entry.row[8] < a.entry.row[8] ? -1 : 1;
      return a.entry.row[1].localeCompare(b.entry.row[1], "vi");
    });
    show(found, terms, spellings);
    var message = found.length === 0
      ? "Không tìm thấy kết quả nào cho “" + query + "”."
      : "Tìm thấy " + number(found.length) + " kết quả cho “" + query + "”"
        + (found.length > shown ? ", hiện " + number(shown) + " kết quả đầu." : ".");
    if (waiting > 0) message = "Đang tải chỉ mục… " + message;
    if (failed > 0) message += " Không tải được " + failed + " phần của chỉ mục.";
    status.textContent = message;
  }

  if (more) {
    more.addEventListener("click", function () {
      var first = list.children.length;
      shown += limit;
      run();
      var next = list.children[first];
      var link = next && next.querySelector("a");
      if (link) link.focus();
    });
  }

  load();
  run();
})();
