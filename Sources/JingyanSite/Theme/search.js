// Full-text search over the sharded index under search/ (schema: docs/search-index.md). Each
// index file is a script calling JINGYAN_SEARCH.receive(name, data): the manifest comes with the
// page, posting and document shards are added as <script> tags when a query needs them (script
// tags work from file://, fetch() does not). Results are built with DOM nodes and textContent
// only: no text from the index becomes markup.
//
// The search page loads this script and the manifest in its <head>, before the body: the posting
// shards of the address's query are then requested while the page is parsed and first laid out,
// and the page is wired up once the DOM is in (docs/search-index.md, "Loading").
(function () {
  "use strict";

  var root = document.documentElement.getAttribute("data-root") || "";
  var form, input, placeSelect, mechanismSelect, fieldSelect, status, list, moreButton;
  var PAGE_SIZE = 20;
  var ROUNDS_PER_PAGE = 2;
  var SNIPPET_BEFORE = 30;
  var SNIPPET_LENGTH = 110;

  // --- Loading index files -----------------------------------------------------------------

  var received = {};
  var resolvers = {};
  var requests = {};

  window.JINGYAN_SEARCH = {
    receive: function (name, data) {
      received[name] = data;
      if (resolvers[name]) resolvers[name](data);
    },
    // Every result of the current search (filters and field applied), in rank order, for the
    // export (export.js): { search, items, cut }; the candidates' documents are loaded as the
    // shown ones are, and at most `limit` candidates are looked at (`cut` says when some were not).
    allResults: function (limit) {
      var search = current;
      if (!search) return Promise.resolve(null);
      var candidates = search.hits.slice(0, limit);
      var shards = candidates.map(function (n) { return load(documentShard(search.manifest, n)); });
      return Promise.all(shards).then(function () {
        var items = candidates.map(function (n) { return entry(search.manifest, n); }).filter(function (item) {
          return search.terms.every(function (term) { return occursIn(item, term, search.field); });
        });
        // Postings whose later blocks are not loaded may hold more results: the export says so.
        return { search: search, items: items, cut: search.hits.length > candidates.length || !search.complete };
      });
    }
  };

  // The index file `name` (e.g. "p/12"): added as a script once, then shared by every query.
  function load(name) {
    if (!requests[name]) {
      requests[name] = new Promise(function (resolve, reject) {
        if (name in received) { resolve(received[name]); return; }
        resolvers[name] = resolve;
        var failed = function () { if (!(name in received)) reject(new Error("search/" + name + ".js")); };
        if (name === "manifest") {  // its <script> tag is in the page, after this script
          window.addEventListener("load", failed);
          return;
        }
        var script = document.createElement("script");
        script.src = root + "search/" + name + ".js";
        script.onload = failed;
        script.onerror = failed;
        document.head.appendChild(script);
      });
    }
    return requests[name];
  }

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

  // --- Postings: SearchIndex.swift writes them ---------------------------------------------

  var encoder = new TextEncoder();
  var DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
  var digitValue = new Uint8Array(128);
  for (var d = 0; d < DIGITS.length; d++) digitValue[DIGITS.charCodeAt(d)] = d;
  var TITLE = 32, MECHANISM = 16, PLACE = 8, COUNT = 7;

  // 32-bit FNV-1a of the UTF-8 bytes, modulo the shard count.
  function postingShard(manifest, token) {
    var hash = 0x811c9dc5;
    encoder.encode(token).forEach(function (byte) { hash = Math.imul(hash ^ byte, 0x01000193) >>> 0; });
    return "p/" + (hash % manifest.postingShards);
  }

  // The query's tokens and the mechanism filter's "#" posting: every posting a ranking reads.
  function postingTokens(parsed, mechanismKey) {
    var all = [];
    parsed.indexed.forEach(function (t) {
      t.tokens.forEach(function (token) { if (all.indexOf(token) < 0) all.push(token); });
    });
    if (mechanismKey) all.push("#" + mechanismKey);
    return all;
  }

  // The posting shards of `tokens`: whole postings, or the heads (first blocks) of long ones.
  function loadPostings(manifest, tokens) {
    var needed = new Set(tokens.map(function (token) { return postingShard(manifest, token); }));
    return Promise.all(Array.from(needed).map(load));
  }

  // A token's entry in its shard: a string (its whole posting), or for a posting cut into blocks
  // [head, documents in the whole posting, blocks]; block i is under token + "/" + i.
  function postingEntry(manifest, token) { return received[postingShard(manifest, token)][token] || ""; }

  var blocksLoaded = {};  // token → blocks of its posting loaded after the head

  function blocksLeft(manifest, token) {
    var entry = postingEntry(manifest, token);
    return typeof entry === "string" ? 0 : entry[2] - 1 - (blocksLoaded[token] || 0);
  }

  // Loads the next block of every token in `tokens` that has one left: one round of a ranking
  // that reads further into the postings. Resolves to whether there was any.
  function loadNextBlocks(manifest, tokens) {
    var waiting = tokens.filter(function (token) { return blocksLeft(manifest, token) > 0; }).map(function (token) {
      var key = token + "/" + ((blocksLoaded[token] || 0) + 1);
      return load(postingShard(manifest, key)).then(function () { blocksLoaded[token] = Number(key.split("/")[1]); });
    });
    return Promise.all(waiting).then(function () { return waiting.length > 0; });
  }

  var decoded = {};

  // Document numbers, ascending, and their weights, of every block of `token`'s posting loaded
  // so far, merged.
  function posting(manifest, token) {
    var entry = postingEntry(manifest, token);
    if (typeof entry === "string") return decodePosting(token, entry);
    var blocks = [decodePosting(token, entry[0])];
    for (var b = 1; b <= (blocksLoaded[token] || 0); b++) {
      var key = token + "/" + b;
      blocks.push(decodePosting(key, received[postingShard(manifest, key)][key]));
    }
    if (blocks.length === 1) return blocks[0];
    var cached = decoded[token + "/merged"];
    if (cached && cached.blocks === blocks.length) return cached;
    var size = blocks.reduce(function (sum, block) { return sum + block.documents.length; }, 0);
    var order = new Array(size);
    var at = 0;
    blocks.forEach(function (block, b) {
      for (var i = 0; i < block.documents.length; i++) order[at++] = [block.documents[i], b, i];
    });
    order.sort(function (a, c) { return a[0] - c[0]; });
    var merged = { documents: new Int32Array(size), weights: new Uint8Array(size), blocks: blocks.length };
    order.forEach(function (o, k) { merged.documents[k] = o[0]; merged.weights[k] = blocks[o[1]].weights[o[2]]; });
    decoded[token + "/merged"] = merged;
    return merged;
  }

  // Document numbers, ascending, and their weights, from "gap digits, weight digit" per
  // document. Typed arrays, not a Map: a first query decodes and walks thousands of postings
  // before the JIT has warmed up.
  function decodePosting(key, text) {
    if (decoded[key]) return decoded[key];
    var documents = new Int32Array(text.length >> 1);  // two digits or more a document
    var weights = new Uint8Array(documents.length);
    var size = 0;
    var documentNumber = -1;
    var value = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = digitValue[text.charCodeAt(i)];
      if (digit >= 32) { value = value * 32 + digit - 32; continue; }
      documentNumber += value * 32 + digit + 1;
      value = 0;
      documents[size] = documentNumber;
      weights[size++] = digitValue[text.charCodeAt(++i)];
    }
    decoded[key] = { documents: documents.subarray(0, size), weights: weights.subarray(0, size) };
    return decoded[key];
  }

  // Where `documentNumber` is in `documents` at or after `from`, or where it would be.
  function seek(documents, from, documentNumber) {
    while (from < documents.length && documents[from] < documentNumber) from++;
    return from;
  }

  // --- Matching and ranking ----------------------------------------------------------------

  function parse(query) {
    var terms = lowerAscii(query).split(/\s+/).filter(function (t) { return t.length > 0; });
    var indexed = terms.map(function (term) { return { term: term, tokens: tokens(term) }; })
      .filter(function (t) { return t.tokens.length > 0; });
    // The postings decide alone when each term is one whole token and every term has one.
    var exact = indexed.length === terms.length && indexed.every(function (t) { return t.tokens.length === 1 && t.tokens[0] === t.term; });
    return { terms: terms, indexed: indexed, exact: exact };
  }

  // What a term would score in a document, from its tokens' weights alone: all tokens in the
  // title (`all`: the field bits every token has), in a mechanism name, in the place name; the
  // fewest occurrences in the text (`count`). Never below the score of a real occurrence; 0 where
  // the term cannot occur.
  function estimate(all, count) {
    return (all & TITLE ? 1000 : 0) + (all & MECHANISM ? 100 : 0) + (all & PLACE ? 10 : 0) + count;
  }

  // Candidates of every term, ranked by estimated score, then document number; null when no term
  // has a token (a single Han character cannot be looked up).
  function rank(manifest, parsed, mechanismKey) {
    if (parsed.indexed.length === 0) return null;
    // The candidates so far, ascending, and their summed scores. Every list here is ascending,
    // so intersecting is walking them side by side.
    var candidates = null;
    var scores = null;
    parsed.indexed.forEach(function (t) {
      var postings = t.tokens.map(function (token) { return posting(manifest, token); });
      var lead = postings.reduce(function (a, b) { return a.documents.length <= b.documents.length ? a : b; });
      var at = new Int32Array(postings.length);
      var previous = 0;
      var nextCandidates = new Int32Array(lead.documents.length);
      var nextScores = new Int32Array(lead.documents.length);
      var size = 0;
      for (var i = 0; i < lead.documents.length; i++) {
        var documentNumber = lead.documents[i];
        if (candidates !== null) {
          previous = seek(candidates, previous, documentNumber);
          if (candidates[previous] !== documentNumber) continue;
        }
        var all = TITLE | MECHANISM | PLACE;
        var count = COUNT;
        for (var p = 0; p < postings.length; p++) {
          var documents = postings[p].documents;
          at[p] = seek(documents, at[p], documentNumber);
          if (documents[at[p]] !== documentNumber) break;
          var weight = postings[p].weights[at[p]];
          all &= weight;
          if ((weight & COUNT) < count) count = weight & COUNT;
        }
        if (p < postings.length) continue;
        var score = estimate(all, count);
        if (score > 0) {
          nextCandidates[size] = documentNumber;
          nextScores[size++] = (candidates === null ? 0 : scores[previous]) + score;
        }
      }
      candidates = nextCandidates.subarray(0, size);
      scores = nextScores.subarray(0, size);
    });
    if (mechanismKey) {
      var tagged = posting(manifest, "#" + mechanismKey).documents;
      var taggedAt = 0;
      var kept = 0;
      for (var c = 0; c < candidates.length; c++) {
        taggedAt = seek(tagged, taggedAt, candidates[c]);
        if (tagged[taggedAt] !== candidates[c]) continue;
        candidates[kept] = candidates[c];
        scores[kept++] = scores[c];
      }
      candidates = candidates.subarray(0, kept);
      scores = scores.subarray(0, kept);
    }
    // Scores are small integers: a counting sort, stable over the ascending candidates, gives the
    // order without comparing.
    var highest = 0;
    for (var h = 0; h < scores.length; h++) if (scores[h] > highest) highest = scores[h];
    var before = new Int32Array(highest + 2);  // how many candidates score more than each score
    for (h = 0; h < scores.length; h++) before[scores[h] - 1]++;
    for (var score = highest - 1; score >= 0; score--) before[score] += before[score + 1];
    var ranked = new Array(candidates.length);
    for (h = 0; h < candidates.length; h++) ranked[before[scores[h]]++] = candidates[h];
    return ranked;
  }

  function placeOf(manifest, documentNumber) {
    var low = 0, high = manifest.places.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (manifest.places[middle][2] <= documentNumber) low = middle; else high = middle - 1;
    }
    return low;
  }

  function documentShard(manifest, documentNumber) { return "d/" + Math.floor(documentNumber / manifest.documentsPerShard); }

  // A document's mechanism: a category by its number in the manifest's list, a scheme as
  // written in the document. Each is [key, name, other spellings…]: a search for any spelling
  // matches it. The page of the key is mechanisms/<key>.html (SitePaths.mechanism).
  function mechanismOf(manifest, written) {
    var category = typeof written === "number";
    var m = category ? manifest.categories[written] : written;
    return {
      kind: category ? "category" : "scheme", name: m[1], url: "mechanisms/" + m[0] + ".html", spellings: m.slice(2)
    };
  }

  function entry(manifest, documentNumber) {
    var record = received[documentShard(manifest, documentNumber)][documentNumber % manifest.documentsPerShard];
    var place = manifest.places[placeOf(manifest, documentNumber)];
    var mechanisms = record[3].map(function (written) { return mechanismOf(manifest, written); });
    return {
      url: record[0], titleText: record[1], text: record[2], place: { name: place[1], url: place[0] }, mechanismList: mechanisms,
      figures: record[4].map(function (f) { return { value: f[0], subject: f[1], period: f[2] }; }), date: record[5], citation: record[6],
      title: lowerAscii(record[1]),
      mechanisms: lowerAscii(mechanisms.map(function (m) { return [m.name].concat(m.spellings).join("\n"); }).join("\n")),
      placeName: lowerAscii(place[1]),
      body: lowerAscii(record[2]),
      figureText: lowerAscii(record[4].map(function (f) { return f.join(" "); }).join("\n"))
    };
  }

  // Bigrams can all occur apart: a document is shown only if every term really occurs in it, in
  // the field the search is limited to ("title": the practice's lead or heading; "figures":
  // its metrics' numbers, units, what they count and their periods), else anywhere.
  function occursIn(item, term, field) {
    if (field === "title") return item.title.indexOf(term) >= 0;
    if (field === "figures") return item.figureText.indexOf(term) >= 0;
    return item.title.indexOf(term) >= 0 || item.mechanisms.indexOf(term) >= 0 ||
      item.placeName.indexOf(term) >= 0 || item.body.indexOf(term) >= 0;
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

  function snippet(item, terms) {
    var text = item.text;
    var first = -1;
    terms.forEach(function (term) {
      var at = item.body.indexOf(term);
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

  // A box to tick the result for the side-by-side view (compare.js); the item rides on it.
  function compareTick(item) {
    var label = element("label", "compare-label");
    var tick = element("input", "compare-tick");
    tick.type = "checkbox";
    tick.jingyanItem = item;
    tick.setAttribute("aria-label", "选择比较：" + item.titleText);
    tick.checked = Boolean(window.JINGYAN_COMPARE && window.JINGYAN_COMPARE.isSelected(item.url));
    label.appendChild(tick);
    label.appendChild(element("span", null, "比较"));
    return label;
  }

  function resultItem(item, terms) {
    var li = element("li", "result");
    li.appendChild(compareTick(item));
    var title = element("a", "result-title");
    title.href = root + item.url;
    appendHighlighted(title, item.titleText, terms);
    li.appendChild(title);

    var meta = element("div", "result-meta");
    meta.appendChild(tagLink(item.place, "result-place"));
    var tags = element("ul", "tags");
    item.mechanismList.forEach(function (mechanism) {
      var tag = element("li");
      tag.appendChild(tagLink(mechanism, "tag tag-" + mechanism.kind));
      tags.appendChild(tag);
    });
    meta.appendChild(tags);
    li.appendChild(meta);
    li.appendChild(snippet(item, terms));
    return li;
  }

  // --- Filters -----------------------------------------------------------------------------

  function addOption(parent, key, label) {
    var option = element("option", null, label);
    option.value = key;
    option.setAttribute("data-label", label);
    parent.appendChild(option);
  }

  function fillPlaces(manifest) {
    manifest.places.forEach(function (place) { addOption(placeSelect, place[0], place[1]); });
  }

  function fillMechanisms(mechanisms) {
    [["category", "分类"], ["scheme", "具名机制"]].forEach(function (kind) {
      var group = element("optgroup");
      group.label = kind[1];
      mechanisms[kind[0]].forEach(function (m) { addOption(group, m[0], m[1]); });
      mechanismSelect.appendChild(group);
    });
  }

  // Shows in each place option how many of the current hits it would keep ("12+": of the
  // blocks loaded so far).
  function updatePlaceCounts(manifest, hits, complete) {
    var counts = {};
    hits.forEach(function (documentNumber) {
      var place = manifest.places[placeOf(manifest, documentNumber)][0];
      counts[place] = (counts[place] || 0) + 1;
    });
    Array.prototype.forEach.call(placeSelect.options, function (option) {
      var count = (counts[option.value] || 0) + (complete ? "" : "+");
      if (option.value) option.textContent = option.getAttribute("data-label") + "（" + count + "）";
    });
  }

  function placeRange(manifest) {
    var at = manifest.places.findIndex(function (place) { return place[0] === placeSelect.value; });
    if (at < 0) return null;
    return [manifest.places[at][2], at + 1 < manifest.places.length ? manifest.places[at + 1][2] : manifest.documents];
  }

  // --- Wiring ------------------------------------------------------------------------------

  function rememberInURL() {
    var params = new URLSearchParams();
    if (input.value.trim()) params.set("q", input.value.trim());
    if (placeSelect.value) params.set("place", placeSelect.value);
    if (mechanismSelect.value) params.set("mechanism", mechanismSelect.value);
    if (fieldSelect.value) params.set("field", fieldSelect.value);
    var search = "?" + params.toString();
    if (search === location.search) return;  // the first query, from the address: a replaceState is ms before it runs
    try {
      history.replaceState(null, "", search);
    } catch (error) {
      // Some browsers refuse history changes on file:// pages; the search works without it.
    }
  }

  var generation = 0;
  var current = null;

  function failed(error) {
    status.textContent = "搜索索引载入失败（" + error.message + "），请刷新页面重试。";
    moreButton.hidden = true;
  }

  // Ranks the search's candidates from the blocks of its postings loaded so far and keeps those
  // the place filter keeps. The documents already looked at keep their places at the top; the
  // others follow in the new order (docs/search-index.md, "Blocks").
  function rankSearch(search) {
    var ranked = rank(search.manifest, search.parsed, search.mechanism);
    var range = search.range;
    var looked = search.hits.slice(0, search.next);
    var seen = new Set(looked);
    var kept = ranked.filter(function (n) { return (!range || (n >= range[0] && n < range[1])) && !seen.has(n); });
    search.hits = looked.concat(kept);
    search.ranked = ranked;
    search.filtered = search.hits.length < ranked.length || Boolean(search.mechanism) || Boolean(search.field);
    search.complete = search.tokens.every(function (token) { return blocksLeft(search.manifest, token) === 0; });
  }

  // How many documents a one-word query matches when its posting is not all loaded: its head
  // says. Null for other queries, whose count is a lower bound until every block is in.
  function knownTotal(manifest, parsed, mechanismKey, field) {
    if (!parsed.exact || parsed.indexed.length !== 1 || mechanismKey || field) return null;
    var entry = postingEntry(manifest, parsed.indexed[0].tokens[0]);
    return typeof entry === "string" ? null : entry[1];
  }

  // A count as the status shows it: "约 " while bigrams may match apart, "+" while later blocks
  // may hold more.
  function countText(search, count, placeFiltered) {
    var about = search.exact || search.next >= search.hits.length ? "" : "约 ";
    if (search.complete) return about + count;
    if (search.known !== null && !placeFiltered) return String(search.known);
    return about + count + "+";
  }

  // Fetches the documents of the next candidates and shows those that really match, until a
  // page is full or the candidates run out. When the loaded blocks run out first, the next
  // blocks of the postings are loaded, at most ROUNDS_PER_PAGE times a page once it shows a
  // result, unless a filter is set.
  function showMore(search) {
    var shown = 0;
    var rounds = 0;
    function step() {
      if (search !== current) return null;
      var batch = search.hits.slice(search.next, search.next + PAGE_SIZE - shown);
      if (shown >= PAGE_SIZE) return finish();
      if (batch.length === 0) {
        var filter = search.range || search.mechanism || search.field;
        if (search.complete || (shown > 0 && rounds >= ROUNDS_PER_PAGE && !filter)) return finish();
        rounds++;
        return loadNextBlocks(search.manifest, search.tokens).then(function () {
          if (search !== current) return null;
          rankSearch(search);
          return step();
        });
      }
      search.next += batch.length;
      // Every document is requested at once; each is shown as soon as it and those ranked above
      // it are in, so the first result does not wait for the slowest of the page.
      var arrivals = batch.map(function (n) { return load(documentShard(search.manifest, n)); });
      var shownInOrder = batch.reduce(function (previous, documentNumber, at) {
        return previous.then(function () { return arrivals[at]; }).then(function () {
          if (search !== current) return;
          if (!search.started) { list.replaceChildren(); search.started = true; }
          var item = entry(search.manifest, documentNumber);
          if (search.terms.every(function (term) { return occursIn(item, term, search.field); })) {
            list.appendChild(resultItem(item, search.terms));
            shown++;
          } else {
            search.rejected++;
          }
        });
      }, Promise.resolve());
      return shownInOrder.then(function () { return search === current ? step() : null; });
    }
    function finish() {
      var total = search.hits.length - search.rejected;
      var filtered = search.filtered ? "（已筛选，共 " + countText(search, search.ranked.length, false) + " 条）" : "";
      if (total === 0) {
        list.replaceChildren();
        status.textContent = "没有找到含“" + search.query + "”的做法。";
      } else {
        // The query is named: on paper, where the search box is not printed, it says what was looked for.
        status.textContent = "找到 " + countText(search, total, Boolean(search.range)) + " 条含“" + search.query + "”的做法" +
          filtered + "，显示前 " + list.children.length + " 条。";
      }
      moreButton.hidden = search.next >= search.hits.length && search.complete;
      // The counts only label the place menu, and setting 170 option texts takes tens of ms in
      // a page just loaded: they wait for the results rather than the results for them.
      updatePlaceCounts(search.manifest, search.ranked, search.complete);
      return null;
    }
    moreButton.hidden = true;
    return step();
  }

  function run() {
    var mine = ++generation;
    var query = input.value.trim();
    rememberInURL();
    if (!query) {
      current = null;
      list.replaceChildren();
      moreButton.hidden = true;
      status.textContent = "请输入关键词。";
      return;
    }
    var parsed = parse(query);
    if (parsed.indexed.length === 0) {
      current = null;
      list.replaceChildren();
      moreButton.hidden = true;
      status.textContent = "请输入至少两个汉字（或一个英文词、数字）：单个汉字无法检索。";
      return;
    }
    status.textContent = "正在搜索…";
    var mechanismKey = mechanismSelect.value;
    var tokens = postingTokens(parsed, mechanismKey);
    load("manifest").then(function (manifest) {
      return loadPostings(manifest, tokens).then(function () {
        if (mine !== generation) return null;
        var field = fieldSelect.value;
        current = {
          manifest: manifest, query: query, parsed: parsed, terms: parsed.terms, tokens: tokens,
          exact: parsed.exact && !field, hits: [], next: 0, rejected: 0, range: placeRange(manifest), field: field,
          place: placeSelect.value, mechanism: mechanismKey, known: knownTotal(manifest, parsed, mechanismKey, field)
        };
        rankSearch(current);
        return showMore(current);
      });
    }).catch(function (error) { if (mine === generation) failed(error); });
  }

  function resultLinks() { return Array.prototype.slice.call(list.querySelectorAll("a.result-title")); }

  // From a result's link or tick box to the next or previous result's link.
  function moveFocus(step) {
    var links = resultLinks();
    if (links.length === 0) return;
    var result = document.activeElement.closest ? document.activeElement.closest("li.result") : null;
    var at = result ? links.indexOf(result.querySelector("a.result-title")) : -1;
    var next = at < 0 ? (step > 0 ? 0 : links.length - 1) : Math.min(Math.max(at + step, 0), links.length - 1);
    links[next].focus();
  }

  // The mechanism list is large and needed only to filter: it loads when the pointer or the focus
  // comes to its menu, or first when the address already filters by mechanism.
  function loadMechanisms() {
    return load("mechanisms").then(function (mechanisms) {
      if (mechanismSelect.options.length > 1) return;
      var wanted = mechanismSelect.value || params.get("mechanism") || "";
      fillMechanisms(mechanisms);
      mechanismSelect.value = wanted;
      if (mechanismSelect.selectedIndex < 0) mechanismSelect.value = "";
    });
  }

  function start() {
    form = document.getElementById("search-form");
    if (!form) return;
    input = document.getElementById("q");
    placeSelect = document.getElementById("filter-place");
    mechanismSelect = document.getElementById("filter-mechanism");
    fieldSelect = document.getElementById("filter-field");
    status = document.getElementById("search-status");
    list = document.getElementById("results");
    moreButton = document.getElementById("more-results");
    input.value = params.get("q") || "";
    ["pointerenter", "pointerdown", "focus"].forEach(function (type) {
      mechanismSelect.addEventListener(type, function () { loadMechanisms().catch(failed); });
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
    input.addEventListener("input", run);
    placeSelect.addEventListener("change", run);
    mechanismSelect.addEventListener("change", run);
    fieldSelect.value = params.get("field") || "";
    if (fieldSelect.selectedIndex < 0) fieldSelect.value = "";
    fieldSelect.addEventListener("change", run);
    // Narrowing within the results: the terms of a query must all occur, so one more term keeps
    // the results that also have it (and the address says so, as for any query).
    document.getElementById("within-form").addEventListener("submit", function (event) {
      event.preventDefault();
      var within = document.getElementById("within");
      if (!within.value.trim()) return;
      input.value = (input.value.trim() + " " + within.value.trim()).trim();
      within.value = "";
      run();
    });
    moreButton.addEventListener("click", function () {
      if (current) showMore(current).catch(failed);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") { event.preventDefault(); moveFocus(1); }
    });
    list.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") { event.preventDefault(); moveFocus(1); }
      else if (event.key === "ArrowUp") {
        event.preventDefault();
        var result = document.activeElement.closest ? document.activeElement.closest("li.result") : null;
        if (result && result === list.firstElementChild) input.focus(); else moveFocus(-1);
      } else if (event.key === "Escape") { input.focus(); }
    });

    status.textContent = "正在载入索引…";
    load("manifest").then(function (manifest) {
      fillPlaces(manifest);
      placeSelect.value = params.get("place") || "";
      if (placeSelect.selectedIndex < 0) placeSelect.value = "";
      if (params.get("mechanism")) return loadMechanisms().then(run);
      run();
      return null;
    }).catch(failed);
  }

  // The posting shards the address's query needs, requested now, from the <head>: run() finds
  // them loaded or on their way. A failure is reported by run().
  var params = new URLSearchParams(location.search);
  var addressQuery = parse((params.get("q") || "").trim());
  load("manifest").then(function (manifest) {
    return loadPostings(manifest, postingTokens(addressQuery, params.get("mechanism") || ""));
  }).catch(function () {});

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
