// Side by side on the search page: tick 2–4 results, then read their leads, places, mechanisms,
// figures, dates and sources in one table. The results' documents are already loaded by
// search.js (script tags, which work from file://), and each tick box carries its result
// (`jingyanItem`): nothing more is fetched. Text goes in through textContent only.
(function () {
  "use strict";

  var MIN = 2, MAX = 4;
  var selected = [];  // results, in the order they were ticked
  var list, bar, count, openButton, clearButton, panel, heading, table;

  window.JINGYAN_COMPARE = {
    isSelected: function (url) { return selected.some(function (item) { return item.url === url; }); }
  };

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function link(href, text) {
    var a = element("a", null, text);
    a.href = (document.documentElement.getAttribute("data-root") || "") + href;
    return a;
  }

  // The tick boxes of the results shown follow the selection.
  function syncTicks() {
    Array.prototype.forEach.call(list.querySelectorAll("input.compare-tick"), function (tick) {
      tick.checked = window.JINGYAN_COMPARE.isSelected(tick.jingyanItem.url);
    });
  }

  function updateBar(message) {
    bar.hidden = selected.length === 0;
    openButton.disabled = selected.length < MIN;
    count.textContent = message || (selected.length < MIN
      ? "已选 " + selected.length + " 项，再选 " + (MIN - selected.length) + "–" + (MAX - selected.length) + " 项即可并排比较。"
      : "已选 " + selected.length + " 项（最多 " + MAX + " 项）。");
  }

  function toggle(tick) {
    var item = tick.jingyanItem;
    if (tick.checked) {
      if (selected.length >= MAX) {
        tick.checked = false;
        updateBar("最多比较 " + MAX + " 项：请先取消一项。");
        return;
      }
      selected.push(item);
    } else {
      selected = selected.filter(function (other) { return other.url !== item.url; });
    }
    updateBar();
    if (!panel.hidden) { if (selected.length < MIN) close(); else render(); }
  }

  // One column per practice, one row per field; the row headers name the fields.
  function row(label, cell) {
    var tr = element("tr");
    var th = element("th", null, label);
    th.scope = "row";
    tr.appendChild(th);
    selected.forEach(function (item) {
      var td = element("td");
      cell(td, item);
      tr.appendChild(td);
    });
    return tr;
  }

  function render() {
    table.replaceChildren();
    var head = element("thead");
    var top = element("tr");
    top.appendChild(element("td"));
    selected.forEach(function (item) {
      var th = element("th");
      th.scope = "col";
      th.appendChild(link(item.url, item.titleText));
      var remove = element("button", "compare-remove", "移除");
      remove.type = "button";
      remove.setAttribute("aria-label", "从比较中移除：" + item.titleText);
      remove.addEventListener("click", function () {
        selected = selected.filter(function (other) { return other.url !== item.url; });
        syncTicks();
        updateBar();
        if (selected.length < MIN) close(); else { render(); heading.focus(); }
      });
      th.appendChild(remove);
      top.appendChild(th);
    });
    head.appendChild(top);
    table.appendChild(head);
    var body = element("tbody");
    body.appendChild(row("地点", function (td, item) { td.appendChild(link(item.place.url, item.place.name)); }));
    body.appendChild(row("机制与分类", function (td, item) {
      td.textContent = item.mechanismList.map(function (m) { return m.name; }).join("、") || "—";
    }));
    body.appendChild(row("指标", function (td, item) {
      if (item.figures.length === 0) { td.textContent = "—"; return; }
      var ul = element("ul", "compare-figures");
      item.figures.forEach(function (figure) {
        var li = element("li");
        li.appendChild(element("b", null, figure.value));
        li.appendChild(document.createTextNode(" " + figure.subject));
        if (figure.period) li.appendChild(element("small", null, "（" + figure.period + "）"));
        ul.appendChild(li);
      });
      td.appendChild(ul);
    }));
    body.appendChild(row("日期", function (td, item) { td.textContent = item.date || "未注明"; }));
    body.appendChild(row("出处", function (td, item) { td.textContent = item.citation; }));
    body.appendChild(row("原文", function (td, item) {
      td.className = "compare-text";
      td.textContent = item.text.length > 160 ? item.text.slice(0, 160).replace(/\n/g, "") + "…" : item.text.replace(/\n/g, "");
    }));
    table.appendChild(body);
  }

  function open() {
    if (selected.length < MIN) return;
    render();
    panel.hidden = false;
    heading.focus();
  }

  function close() {
    panel.hidden = true;
    openButton.focus();
  }

  function start() {
    list = document.getElementById("results");
    bar = document.getElementById("compare-bar");
    if (!list || !bar) return;
    count = document.getElementById("compare-count");
    openButton = document.getElementById("compare-open");
    clearButton = document.getElementById("compare-clear");
    panel = document.getElementById("compare-panel");
    heading = document.getElementById("compare-heading");
    table = document.getElementById("compare-table");
    list.addEventListener("change", function (event) {
      if (event.target.classList.contains("compare-tick")) toggle(event.target);
    });
    openButton.addEventListener("click", open);
    clearButton.addEventListener("click", function () {
      selected = [];
      syncTicks();
      panel.hidden = true;
      updateBar();
      var input = document.getElementById("q");
      if (input) input.focus();
    });
    document.getElementById("compare-close").addEventListener("click", close);
    panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { event.preventDefault(); close(); }
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
