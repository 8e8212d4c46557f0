// Full-text search over the index that search/index.js assigns (schema: docs/search-index.md).
// Results are built with DOM nodes and textContent only: no text from the index becomes markup.
(function () {
  "use strict";

  var index = window.JINGYAN_SEARCH_INDEX;
  var form = document.getElementById("search-form");
  if (!index || !form) return;

  var root = document.documentElement.getAttribute("data-root") || "";
  var input = document.getElementById("q");
  var placeSelect = document.getElementById("filter-place");
  var mechanismSelect = document.getElementById("filter-mechanism");
  var status = document.getElementById("search-status");
  var list = document.getElementById("results");
  var SNIPPET_BEFORE = 30;
  var SNIPPET_LENGTH = 110;

  // --- Tokenizer: the rules of SearchTokenizer.swift ---------------------------------------

  function isHan(code) {
    return (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0xf900 && code <= 0xfaff) || (code >= 0x20000 && code <= 0x3ffff);
  }

  function isAsciiWord(code) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);
  }

  // Only ASCII letters are lowercased, so offsets in the lowered text are offsets in the original.
  function lowerAscii(text) {
    return text.replace(/[A-Z]/g, function (letter) { return letter.toLowerCase(); });
  }

  function tokens(text) {
    var result = [];
    var han = [];
    var ascii = "";
    function flushHan() {
      for (var i = 0; i + 1 < han.length; i++) result.push(han[i] + han[i + 1]);
      han = [];
    }
    function flushAscii() {
      if (ascii) result.push(ascii);
      ascii = "";
    }
    for (var character of lowerAscii(text)) {
      var code = character.codePointAt(0);
      if (isHan(code)) { flushAscii(); han.push(character); }
      else if (isAsciiWord(code)) { flushHan(); ascii += character; }
      else { flushHan(); flushAscii(); }
    }
    flushHan();
    flushAscii();
    return result;
  }

  // --- Matching and ranking ----------------------------------------------------------------

  var documents = index.documents.map(function (doc) {
    return {
      doc: doc,
      title: lowerAscii(doc.title),
      mechanisms: lowerAscii(doc.mechanisms.map(function (m) { return index.mechanisms[m].name; }).join("\n")),
      place: lowerAscii(index.places[doc.place].name),
      body: lowerAscii(doc.text)
    };
  });

  function candidates(term) {
    var termTokens = tokens(term);
    if (termTokens.length === 0) return documents.map(function (_, i) { return i; });
    var current = null;
    termTokens.forEach(function (token) {
      var posting = index.postings[token] || [];
      current = current === null ? posting.slice() : current.filter(function (d) { return posting.indexOf(d) >= 0; });
    });
    return current;
  }

  function occurrences(text, term) {
    var count = 0;
    for (var at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) count++;
    return count;
  }

  // Title hits rank above mechanism hits, which rank above place and body hits.
  function termScore(entry, term) {
    var score = 0;
    if (entry.title.indexOf(term) >= 0) score += 1000;
    if (entry.mechanisms.indexOf(term) >= 0) score += 100;
    if (entry.place.indexOf(term) >= 0) score += 10;
    score += Math.min(occurrences(entry.body, term), 9);
    return score;
  }

  function search(query) {
    var terms = lowerAscii(query).split(/\s+/).filter(function (t) { return t.length > 0; });
    if (terms.length === 0) return { terms: terms, hits: [] };
    var scores = null;
    terms.forEach(function (term) {
      var next = {};
      candidates(term).forEach(function (d) {
        if (scores !== null && !(d in scores)) return;
        var score = termScore(documents[d], term);
        if (score > 0) next[d] = (scores === null ? 0 : scores[d]) + score;
      });
      scores = next;
    });
    var hits = Object.keys(scores).map(Number).sort(function (a, b) { return scores[b] - scores[a] || a - b; });
    return { terms: terms, hits: hits };
  }

  // --- Rendering ---------------------------------------------------------------------------

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Appends `text` to `parent`, wrapping every occurrence of a term in <mark>.
  function appendHighlighted(parent, text, terms) {
    var lowered = lowerAscii(text);
    var position = 0;
    while (position < text.length) {
      var best = -1;
      var bestLength = 0;
      terms.forEach(function (term) {
        var at = lowered.indexOf(term, position);
        if (at >= 0 && (best < 0 || at < best || (at === best && term.length > bestLength))) { best = at; bestLength = term.length; }
      });
      if (best < 0) break;
      if (best > position) parent.appendChild(document.createTextNode(text.slice(position, best)));
      parent.appendChild(element("mark", null, text.slice(best, best + bestLength)));
      position = best + bestLength;
    }
    if (position < text.length) parent.appendChild(document.createTextNode(text.slice(position)));
  }

  // Moves an offset off the second half of a surrogate pair, so no character is cut.
  function characterBoundary(text, offset) {
    var code = text.charCodeAt(offset);
    return code >= 0xdc00 && code <= 0xdfff ? offset - 1 : offset;
  }

  function snippet(entry, terms) {
    var text = entry.doc.text;
    var first = -1;
    terms.forEach(function (term) {
      var at = entry.body.indexOf(term);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    });
    var start = characterBoundary(text, Math.max(0, first - SNIPPET_BEFORE));
    var end = characterBoundary(text, Math.min(text.length, start + SNIPPET_LENGTH));
    var paragraph = element("p", "snippet");
    if (start > 0) paragraph.appendChild(document.createTextNode("…"));
    appendHighlighted(paragraph, text.slice(start, end).replace(/\n/g, ""), terms);  // Chinese paragraphs join without a space
    if (end < text.length) paragraph.appendChild(document.createTextNode("…"));
    return paragraph;
  }

  function tagLink(facet, className) {
    var link = element("a", className, facet.name);
    link.href = root + facet.url;
    return link;
  }

  function resultItem(d, terms) {
    var entry = documents[d];
    var doc = entry.doc;
    var item = element("li", "result");
    var title = element("a", "result-title");
    title.href = root + doc.url;
    appendHighlighted(title, doc.title, terms);
    item.appendChild(title);

    var meta = element("div", "result-meta");
    meta.appendChild(tagLink(index.places[doc.place], "result-place"));
    var tags = element("ul", "tags");
    doc.mechanisms.forEach(function (m) {
      var mechanism = index.mechanisms[m];
      var li = element("li");
      li.appendChild(tagLink(mechanism, "tag tag-" + mechanism.kind));
      tags.appendChild(li);
    });
    meta.appendChild(tags);
    item.appendChild(meta);
    item.appendChild(snippet(entry, terms));
    return item;
  }

  // --- Filters -----------------------------------------------------------------------------

  function fillSelect(select, facets, grouped) {
    var groups = {};
    facets.forEach(function (facet, i) {
      var option = element("option", null, facet.name);
      option.value = facet.key;
      option.setAttribute("data-label", facet.name);
      option.setAttribute("data-index", String(i));
      var parent = select;
      if (grouped) {
        var label = facet.kind === "category" ? "分类" : "具名机制";
        if (!groups[label]) {
          groups[label] = element("optgroup");
          groups[label].label = label;
          select.appendChild(groups[label]);
        }
        parent = groups[label];
      }
      parent.appendChild(option);
    });
  }

  function selectedIndex(select) {
    var option = select.options[select.selectedIndex];
    return option && option.value ? Number(option.getAttribute("data-index")) : -1;
  }

  // Shows in each option how many of the current hits it would keep.
  function updateCounts(select, hits, facetOf) {
    var counts = {};
    hits.forEach(function (d) {
      facetOf(documents[d].doc).forEach(function (i) { counts[i] = (counts[i] || 0) + 1; });
    });
    Array.prototype.forEach.call(select.options, function (option) {
      if (!option.value) return;
      var n = counts[option.getAttribute("data-index")] || 0;
      option.textContent = option.getAttribute("data-label") + "（" + n + "）";
    });
  }

  // --- Wiring ------------------------------------------------------------------------------

  function rememberInURL() {
    var params = new URLSearchParams();
    if (input.value.trim()) params.set("q", input.value.trim());
    if (placeSelect.value) params.set("place", placeSelect.value);
    if (mechanismSelect.value) params.set("mechanism", mechanismSelect.value);
    try {
      history.replaceState(null, "", "?" + params.toString());
    } catch (error) {
      // Some browsers refuse history changes on file:// pages; the search works without it.
    }
  }

  function run() {
    var query = input.value.trim();
    var result = search(query);
    var place = selectedIndex(placeSelect);
    var mechanism = selectedIndex(mechanismSelect);
    updateCounts(placeSelect, result.hits, function (doc) { return [doc.place]; });
    updateCounts(mechanismSelect, result.hits, function (doc) { return doc.mechanisms; });
    var shown = result.hits.filter(function (d) {
      var doc = documents[d].doc;
      return (place < 0 || doc.place === place) && (mechanism < 0 || doc.mechanisms.indexOf(mechanism) >= 0);
    });

    list.replaceChildren();
    shown.forEach(function (d) { list.appendChild(resultItem(d, result.terms)); });
    if (!query) status.textContent = "请输入关键词。";
    else if (shown.length === 0) status.textContent = "没有找到含“" + query + "”的做法。";
    else status.textContent = "找到 " + shown.length + " 条做法" + (shown.length < result.hits.length ? "（已筛选，共 " + result.hits.length + " 条）" : "") + "。";
    rememberInURL();
  }

  function resultLinks() { return Array.prototype.slice.call(list.querySelectorAll("a.result-title")); }

  function moveFocus(step) {
    var links = resultLinks();
    if (links.length === 0) return;
    var at = links.indexOf(document.activeElement);
    var next = at < 0 ? (step > 0 ? 0 : links.length - 1) : Math.min(Math.max(at + step, 0), links.length - 1);
    links[next].focus();
  }

  fillSelect(placeSelect, index.places, false);
  fillSelect(mechanismSelect, index.mechanisms, true);

  var params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  placeSelect.value = params.get("place") || "";
  mechanismSelect.value = params.get("mechanism") || "";
  if (placeSelect.selectedIndex < 0) placeSelect.value = "";
  if (mechanismSelect.selectedIndex < 0) mechanismSelect.value = "";

  form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
  input.addEventListener("input", run);
  placeSelect.addEventListener("change", run);
  mechanismSelect.addEventListener("change", run);
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") { event.preventDefault(); moveFocus(1); }
  });
  list.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") { event.preventDefault(); moveFocus(1); }
    else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (resultLinks().indexOf(document.activeElement) === 0) input.focus(); else moveFocus(-1);
    } else if (event.key === "Escape") { input.focus(); }
  });
  run();
})();
