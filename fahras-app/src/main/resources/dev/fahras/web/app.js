// Fahras demo page. Everything from the index or the query is inserted with textContent,
// never as HTML, so a document or query holding markup is shown, not run.
(function () {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const state = { q: "", offset: 0, limit: 10, sources: new Set(), compare: false, advanced: false, quotes: false };
  // the search API's notices (noticeCode), said in Arabic
  const NOTICES = {
    "only-stopwords": "كل كلمات البحث شائعة جدًا (كلمات توقّف)، فبُحث عنها متجاورةً كما كُتبت فقط؛ أضف كلمة أدق للبحث بالمعنى.",
    "only-exclusions": "البحث يستبعد كلمات فقط (-كلمة)؛ أضف كلمة يُبحث عنها.",
    "keyboard-layout": "لم يُعثر على شيء كما كُتب؛ يبدو أنه كُتب ولوحة المفاتيح على اللغة الأخرى، فهذه نتائج:",
    "spelling": "لم يُعثر على شيء كما كُتب؛ هذه نتائج أقرب إملاء في النصوص:",
    "transliteration": "لم يُعثر على شيء كما كُتب؛ قُرئ عربيةً مكتوبة بحروف لاتينية، فهذه نتائج:",
  };

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function params() {
    const p = new URLSearchParams();
    p.set("q", state.q);
    p.set("limit", state.limit);
    p.set("offset", state.offset);
    if (state.compare) p.set("perSource", "1");
    if (state.advanced) p.set("mode", "advanced");
    if (state.quotes) p.set("quotes", "1");
    state.sources.forEach((s) => p.append("source", s));
    return p;
  }

  // The address carries the whole view (query, page, sources, modes): a reload or a shared link
  // shows the same results, and the browser's back button returns to the previous search.
  async function run(fromHistory) {
    if (!state.q.trim()) return;
    const url = "?" + params().toString();
    if (!fromHistory && url !== location.search) history.pushState(null, "", url);
    if (state.quotes) return runQuotes();
    const status = $("status");
    status.className = "";
    status.textContent = "…";
    let data;
    try {
      const r = await fetch("/api/search?" + params().toString());
      data = await r.json();
      if (!r.ok) throw new Error(data.error || r.statusText);
    } catch (e) {
      status.className = "error";
      status.textContent = "تعذّر البحث: " + e.message;
      $("didyoumean").hidden = true;
      renderFigures(null);
      $("results").replaceChildren();
      $("sources").replaceChildren();
      $("pager").replaceChildren();
      return;
    }
    status.textContent = data.total + " مقطعاً مطابقاً · " + data.tookMs + " ms";
    if (data.noticeCode) status.textContent = NOTICES[data.noticeCode] || data.notice;
    if (data.readAs) status.textContent += " " + data.readAs;
    const dym = $("didyoumean");
    dym.hidden = !data.didYouMean;
    if (data.didYouMean) $("didyoumean-link").textContent = data.didYouMean;
    renderSources(data.sources || {});
    renderHits(data.hits);
    renderPager(data);
    renderFigures(asksHowMany(state.q) && !state.advanced ? await figures(state.q) : null);
  }

  // A query that asks how many (كم، عدد، حصيلة) gets the figures the passages give above the hits.
  function asksHowMany(q) {
    return /(^|[\s،؟?])(كم|عدد|أعداد|اعداد|حصيلة)([\s،؟?]|$)/.test(q);
  }

  async function figures(q) {
    try {
      const r = await fetch("/api/figures?" + new URLSearchParams({ q }).toString());
      return r.ok ? await r.json() : null;
    } catch (e) {
      return null; // the hits are shown; the panel is an aid
    }
  }

  function renderFigures(data) {
    const panel = $("figures");
    panel.replaceChildren();
    panel.hidden = !data || !data.figures.length;
    if (panel.hidden) return;
    panel.appendChild(el("h2", "", "الأرقام في المصادر"));
    const table = el("table");
    const head = el("tr");
    ["الرقم", "المعدود", "المصادر", ""].forEach((h) => head.appendChild(el("th", "", h)));
    table.appendChild(head);
    data.figures.forEach((f) => {
      const tr = el("tr", f.disputed ? "figure disputed" : "figure");
      tr.appendChild(el("td", "value", String(f.value)));
      const counted = [...new Set(f.mentions.map((m) => m.counted).filter((c) => c))];
      tr.appendChild(el("td", "", counted.join("، ")));
      tr.appendChild(el("td", "", f.sources.join("، ")));
      tr.appendChild(el("td", "", f.disputed ? "تختلف المصادر" : ""));
      tr.title = f.mentions.map((m) => m.source + ": " + m.written + " " + m.counted).join("\n");
      table.appendChild(tr);
    });
    panel.appendChild(table);
  }

  // The address bounds the pasted text (the server reads up to 8 KB of request line).
  const MAX_QUOTE_ADDRESS = 7000;

  async function runQuotes() {
    const status = $("status");
    status.className = "";
    $("didyoumean").hidden = true;
    renderFigures(null);
    $("sources").replaceChildren();
    $("pager").replaceChildren();
    const p = new URLSearchParams({ text: state.q, limit: state.limit });
    let data;
    try {
      if (p.toString().length > MAX_QUOTE_ADDRESS) {
        throw new Error("النص أطول مما تحمله الصفحة؛ ألصق فقرة منه، أو استعمل fahras quotes --file");
      }
      status.textContent = "…";
      const r = await fetch("/api/quotes?" + p.toString());
      data = await r.json();
      if (!r.ok) throw new Error(data.error || r.statusText);
    } catch (e) {
      status.className = "error";
      status.textContent = "تعذّر البحث عن النص: " + e.message;
      $("results").replaceChildren();
      return;
    }
    status.textContent = data.documents
      ? "يرد النص في " + data.documents + " وثيقة" + (data.complete ? "" : " على الأقل")
      : "لا توجد وثيقة تحمل هذا النص";
    renderHits(data.hits, (hit, meta) => {
      meta.appendChild(el("span", "share " + (hit.whole ? "whole" : "part"),
        (hit.whole ? "النص كاملاً" : "جزء منه") + " · " + Math.round(hit.share * 100) + "%"));
    });
  }

  function renderSources(counts) {
    const nav = $("sources");
    nav.replaceChildren();
    Object.keys(counts).forEach((name) => {
      const b = el("button", state.sources.has(name) ? "active" : "", name + " (" + counts[name] + ")");
      b.type = "button";
      b.dataset.source = name;
      b.addEventListener("click", () => {
        if (state.sources.has(name)) state.sources.delete(name); else state.sources.add(name);
        state.offset = 0;
        run();
      });
      nav.appendChild(b);
    });
  }

  function passage(hit) {
    const p = el("p", "passage");
    p.dir = "rtl";
    let at = 0;
    hit.highlights.forEach(([s, e]) => {
      if (s > at) p.appendChild(document.createTextNode(hit.text.slice(at, s)));
      p.appendChild(el("mark", "", hit.text.slice(s, e)));
      at = e;
    });
    p.appendChild(document.createTextNode(hit.text.slice(at)));
    return p;
  }

  function renderHits(hits, decorate) {
    const ol = $("results");
    ol.replaceChildren();
    hits.forEach((hit) => {
      const li = el("li", "hit");
      const meta = el("div", "meta");
      meta.appendChild(el("span", "source", hit.source));
      if (hit.date) meta.appendChild(el("span", "date", hit.date));
      if (decorate) decorate(hit, meta);
      else meta.appendChild(el("span", "score", "score " + hit.score.toFixed(3)));
      meta.appendChild(el("span", "rank", "#" + hit.rank));
      li.appendChild(meta);
      if (hit.title) li.appendChild(el("div", "title", hit.title));
      li.appendChild(passage(hit));
      const why = el("div", "why");
      if (!decorate) { // a ranked search explains its ranking; a quote's share says it all
        const b = el("button", "", "لماذا هذه النتيجة؟");
        b.type = "button";
        b.addEventListener("click", () => explain(hit, why, b));
        why.appendChild(b);
      }
      const others = el("button", "others-button", "في مصادر أخرى");
      others.type = "button";
      const othersBox = el("div", "others");
      others.addEventListener("click", () => counterparts(hit, othersBox));
      why.appendChild(others);
      li.appendChild(why);
      li.appendChild(othersBox);
      ol.appendChild(li);
    });
  }

  async function explain(hit, box, button) {
    const open = box.querySelector("ul");
    if (open) { box.querySelectorAll("ul,pre").forEach((n) => n.remove()); return; }
    const p = new URLSearchParams({ q: state.q, doc: hit.docId, passage: hit.passage });
    if (state.advanced) p.set("mode", "advanced");
    const r = await fetch("/api/explain?" + p.toString());
    const data = await r.json();
    const ul = el("ul");
    (data.matches || []).forEach((m) => {
      ul.appendChild(el("li", "", m.word + " ← " + m.term + " (" + (m.field === "exact" ? "تطابق تام" : "جذع") + ")"));
    });
    if (data.error) ul.appendChild(el("li", "", data.error));
    box.appendChild(ul);
    box.appendChild(el("pre", "", data.details || ""));
  }

  // what other outlets say of this passage: quotes and the same fact reworded, or a plain "none"
  async function counterparts(hit, box) {
    if (box.childNodes.length) { box.replaceChildren(); return; }
    const p = new URLSearchParams({ doc: hit.docId, passage: hit.passage });
    const r = await fetch("/api/counterparts?" + p.toString());
    const data = await r.json();
    if (data.error) { box.appendChild(el("p", "none", data.error)); return; }
    if (!data.counterparts.length) {
      box.appendChild(el("p", "none", "لا يروي هذا مصدرٌ آخر"));
      return;
    }
    const ul = el("ul");
    data.counterparts.forEach((c) => {
      const li = el("li", "counterpart");
      const meta = el("div", "meta");
      meta.appendChild(el("span", "kind", c.kind === "quote" ? "اقتباس" : "الخبر نفسه"));
      meta.appendChild(el("span", "source", c.source));
      if (c.date) meta.appendChild(el("span", "date", c.date));
      li.appendChild(meta);
      const text = el("p", "passage", c.text);
      text.dir = "rtl";
      li.appendChild(text);
      ul.appendChild(li);
    });
    box.appendChild(ul);
  }

  function renderPager(data) {
    const pager = $("pager");
    pager.replaceChildren();
    if (state.offset > 0) {
      const prev = el("button", "", "السابق");
      prev.type = "button";
      prev.addEventListener("click", () => { state.offset = Math.max(0, state.offset - state.limit); run(); });
      pager.appendChild(prev);
    }
    if (data.hits.length === state.limit && state.offset + state.limit < data.total) {
      const next = el("button", "", "التالي");
      next.type = "button";
      next.addEventListener("click", () => { state.offset += state.limit; run(); });
      pager.appendChild(next);
    }
  }

  // Suggestions as the user types: the last word completed from the index's words. A reply that
  // arrives after the box changed again is dropped, so the list always fits what is typed.
  const box = $("q");
  const list = $("suggestions");
  let active = -1;
  let timer = null;
  let asked = "";
  let generation = 0; // a search started since a suggestion was asked makes its reply stale
  function closeSuggestions() {
    list.hidden = true;
    list.replaceChildren();
    box.setAttribute("aria-expanded", "false");
    box.removeAttribute("aria-activedescendant");
    active = -1;
  }
  function choose(text) {
    box.value = text;
    closeSuggestions();
    $("search-form").requestSubmit();
  }
  function highlight(i) {
    const items = list.querySelectorAll("li");
    if (!items.length) return;
    active = (i + items.length) % items.length;
    items.forEach((li, j) => li.classList.toggle("active", j === active));
    box.setAttribute("aria-activedescendant", items[active].id);
  }
  async function suggest() {
    const typed = box.value;
    const g = generation;
    asked = typed;
    if (typed.trim().length < 2 || /\s$/.test(typed)) { closeSuggestions(); return; }
    let data;
    try {
      const r = await fetch("/api/suggest?" + new URLSearchParams({ q: typed, limit: 8 }).toString());
      if (!r.ok) { closeSuggestions(); return; }
      data = await r.json();
    } catch (e) {
      closeSuggestions();
      return;
    }
    if (g !== generation || asked !== typed || box.value !== typed) return;
    const items = data.suggestions.filter((s) => s.text !== typed);
    if (!items.length) { closeSuggestions(); return; }
    list.replaceChildren();
    items.forEach((s, i) => {
      const li = el("li");
      li.id = "suggestion-" + i;
      li.setAttribute("role", "option");
      li.dataset.text = s.text;
      li.appendChild(el("span", "text", s.text));
      li.appendChild(el("span", "count", String(s.count)));
      li.addEventListener("mousedown", (e) => { e.preventDefault(); choose(s.text); });
      list.appendChild(li);
    });
    active = -1;
    list.hidden = false;
    box.setAttribute("aria-expanded", "true");
  }
  box.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(suggest, 120);
  });
  box.addEventListener("keydown", (e) => {
    if (list.hidden) return;
    if (e.key === "ArrowDown") { e.preventDefault(); highlight(active + 1); }
    else if (e.key === "ArrowUp") { e.preventDefault(); highlight(active - 1); }
    else if (e.key === "Escape") { closeSuggestions(); }
    else if (e.key === "Enter" && active >= 0) {
      e.preventDefault();
      choose(list.querySelectorAll("li")[active].dataset.text);
    }
  });
  box.addEventListener("blur", () => setTimeout(closeSuggestions, 100));
  $("didyoumean-link").addEventListener("click", (e) => {
    e.preventDefault();
    box.value = e.target.textContent;
    $("search-form").requestSubmit();
  });

  $("search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    clearTimeout(timer);
    generation++;
    closeSuggestions();
    state.q = $("q").value;
    state.offset = 0;
    state.sources.clear();
    run();
  });
  $("compare").addEventListener("change", (e) => { state.compare = e.target.checked; state.offset = 0; run(); });
  $("advanced").addEventListener("change", (e) => { state.advanced = e.target.checked; state.offset = 0; run(); });
  $("quotes").addEventListener("change", (e) => { state.quotes = e.target.checked; state.offset = 0; run(); });
  document.querySelectorAll(".sample").forEach((a) => a.addEventListener("click", (e) => {
    e.preventDefault();
    $("q").value = a.textContent;
    $("search-form").requestSubmit();
  }));
  function restore() {
    const p = new URLSearchParams(location.search);
    state.q = p.get("q") || "";
    state.offset = Math.max(0, parseInt(p.get("offset") || "0", 10) || 0);
    state.sources = new Set(p.getAll("source"));
    state.compare = p.get("perSource") === "1";
    state.advanced = p.get("mode") === "advanced";
    state.quotes = p.get("quotes") === "1";
    $("q").value = state.q;
    $("quotes").checked = state.quotes;
    $("compare").checked = state.compare;
    $("advanced").checked = state.advanced;
    if (state.q.trim()) {
      run(true);
    } else {
      ["results", "sources", "pager"].forEach((id) => $(id).replaceChildren());
      renderFigures(null);
      $("status").textContent = "";
      $("didyoumean").hidden = true;
    }
  }
  window.addEventListener("popstate", restore);
  restore();
})();
