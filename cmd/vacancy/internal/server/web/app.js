// The review page. Plain JavaScript, no library: the notice goes to
// POST /v1/review, and the answer is drawn with DOM calls (never as HTML:
// the text is the document's).
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const SVG = "http://www.w3.org/2000/svg";
  const XHTML = "http://www.w3.org/1999/xhtml";
  const LANG_NAMES = { en: "English", fr: "Français" };

  let state = null; // {vacancy, source, blocksByPos, lineRows}

  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "class") e.className = v;
      else if (k === "text") e.textContent = v;
      else e.setAttribute(k, v === true ? "" : v);
    }
    for (const k of kids) if (k !== null && k !== undefined) e.append(k);
    return e;
  }

  function setStatus(msg, isError) {
    const s = $("status");
    s.textContent = msg;
    s.classList.toggle("error", !!isError);
  }

  // --- reading a file -------------------------------------------------
  async function send(file) {
    if (!file) return;
    setStatus("Reading " + file.name + "…");
    const params = new URLSearchParams({ name: file.name });
    const from = $("from").value;
    if (from) params.set("from", from);
    let resp, body;
    try {
      resp = await fetch("/v1/review?" + params.toString(), { method: "POST", body: file });
      body = await resp.json();
    } catch (e) {
      setStatus("The server could not be reached: " + e.message, true);
      return;
    }
    if (!resp.ok) {
      const err = (body && body.error) || {};
      setStatus(file.name + " was not read (" + resp.status + " " + (err.code || "") + "): " + (err.message || ""), true);
      $("main").hidden = true;
      return;
    }
    render(body);
    const v = body.vacancy;
    setStatus("Read " + file.name + ": " + (v.warnings || []).length + " warning(s). Click a value to see its source.");
  }

  // --- drawing the answer ---------------------------------------------
  function render(r) {
    const v = r.vacancy;
    const langs = v.languages && v.languages.length ? v.languages : ["en", "fr"];
    state = { vacancy: v, source: r.source, langs: langs, blocksByPos: new Map(), lineRows: [] };
    $("main").hidden = false;
    const src = v.source || {};
    $("summary").textContent = [src.file, src.format, src.pages ? src.pages + " pages" : null,
      v.reference ? "reference " + v.reference : null, "schema " + v.schema_version].filter(Boolean).join(" · ");
    renderFields(v, langs);
    renderWarnings(v);
    renderHalves(v, langs);
    renderSource(r.source);
    $("where").textContent = "Click a value to see where it was read.";
  }

  function where(o) {
    if (!o) return "";
    return (o.page ? "page " + o.page + ", " : "") + "line " + o.line;
  }

  // valueButton is a value that says where it was read; a value without
  // provenance is plain text.
  function valueButton(ptr, text, label, extraClass) {
    const o = state.vacancy.provenance && state.vacancy.provenance[ptr];
    if (!o) return el("span", { class: "val " + (extraClass || ""), text: text });
    return el("button", { type: "button", class: "val " + (extraClass || ""), "data-ptr": ptr, "data-label": label },
      el("span", { class: "v", text: text }), el("span", { class: "at", text: where(o) }));
  }

  function none() { return el("span", { class: "none", text: "not found" }); }

  function salaryText(s) {
    const n = (x) => x === null || x === undefined ? "" : x.toLocaleString("en-GB", { maximumFractionDigits: 2 });
    let t = s.amount !== null && s.amount !== undefined ? n(s.amount) : (s.min !== null || s.max !== null ? n(s.min) + "–" + n(s.max) : "");
    if (s.currency) t += " " + s.currency;
    if (s.period) t += " a " + s.period;
    return t.trim() || "(no amount)";
  }

  function renderFields(v, langs) {
    const body = $("fields-body");
    body.replaceChildren();
    const head = el("tr", {}, el("th", { scope: "col", text: "Field" }),
      ...langs.map((l) => el("th", { scope: "col", lang: l, text: LANG_NAMES[l] || l })));
    const rows = [];
    const perLang = (label, key) => {
      rows.push(el("tr", {}, el("th", { scope: "row", text: label }), ...langs.map((l) => {
        const val = v[key] && v[key][l];
        return el("td", { lang: l }, val ? valueButton("/" + key + "/" + l, val, label + " (" + l + ")") : none());
      })));
    };
    const single = (label, ptr, val, extra) => {
      rows.push(el("tr", {}, el("th", { scope: "row", text: label }),
        el("td", { colspan: langs.length }, val ? valueButton(ptr, val, label) : none(), extra || null)));
    };
    const asWritten = (label, base, aw) => {
      rows.push(el("tr", {}, el("th", { scope: "row", text: label }), ...langs.map((l) => {
        const val = aw && aw[l];
        return el("td", { lang: l }, val ? valueButton(base + "/" + l, val, label + " (" + l + ")") : none());
      })));
    };
    perLang("Title", "title");
    single("Reference", "/reference", v.reference);
    perLang("Organisation", "organisation");
    perLang("Location", "location");
    perLang("Schedule", "schedule");
    single("Deadline", "/deadline", v.deadline);
    asWritten("Deadline as written", "/deadline_as_written", v.deadline_as_written);
    single("Salary", "/salary", v.salary ? salaryText(v.salary) : null);
    asWritten("Salary as written", "/salary/as_written", v.salary && v.salary.as_written);
    single("Grade", "/grade", v.grade);
    single("Clearance", "/clearance", v.clearance);
    rows.push(el("tr", {}, el("th", { scope: "row", text: "Requirements" }), ...langs.map((l) => {
      const rq = v.requirements && v.requirements[l];
      const td = el("td", { lang: l });
      if (!rq) { td.append(none()); return td; }
      for (const kind of ["essential", "desirable"]) {
        const items = rq[kind] || [];
        if (!items.length) continue;
        td.append(el("p", { class: "sub", text: kind === "essential" ? "Essential" : "Desirable" }));
        td.append(el("ol", { class: "vals" }, ...items.map((t, i) =>
          el("li", {}, valueButton("/requirements/" + l + "/" + kind + "/" + i, t, kind + " requirement " + (i + 1) + " (" + l + ")")))));
      }
      if (!td.childNodes.length) td.append(none());
      return td;
    })));
    rows.push(el("tr", {}, el("th", { scope: "row", text: "Competencies" }), ...langs.map((l) => {
      const cs = (v.competencies && v.competencies[l]) || [];
      if (!cs.length) return el("td", { lang: l }, none());
      return el("td", { lang: l }, el("ul", { class: "vals" }, ...cs.map((c, i) =>
        el("li", {}, valueButton("/competencies/" + l + "/" + i, c.description ? c.name + ": " + c.description : c.name, "competency " + (i + 1) + " (" + l + ")")))));
    })));
    body.append(el("table", { class: "fields" }, el("thead", {}, head), el("tbody", {}, ...rows)));
  }

  function renderWarnings(v) {
    const body = $("warnings-body");
    body.replaceChildren();
    const ws = v.warnings || [];
    if (!ws.length) { body.append(el("p", { text: "No warnings." })); return; }
    const titles = { error: "Errors", warning: "Warnings", info: "For the record" };
    for (const sev of ["error", "warning", "info"]) {
      const these = ws.filter((w) => w.severity === sev);
      if (!these.length) continue;
      const list = el("ul", {}, ...these.map((w) => {
        const li = el("li", {}, el("code", { text: w.code }), " ");
        if (w.lang) li.append("(" + w.lang + ") ");
        li.append(w.message + " ");
        if (w.field && v.provenance && v.provenance[w.field]) {
          li.append(el("button", { type: "button", class: "link", "data-ptr": w.field, "data-label": w.field, text: "show " + w.field }));
        } else if (w.field) {
          li.append(el("code", { text: w.field }));
        }
        return li;
      }));
      body.append(el("div", { class: "sev sev-" + sev }, el("h3", { text: titles[sev] + " (" + these.length + ")" }), list));
    }
  }

  function renderHalves(v, langs) {
    const body = $("halves-body");
    body.replaceChildren();
    const secs = v.sections || {};
    const n = Math.max(0, ...langs.map((l) => (secs[l] || []).length));
    const grid = el("div", { class: "halves", role: "table", "aria-label": "Sections of each language, side by side" });
    grid.style.gridTemplateColumns = "repeat(" + langs.length + ", minmax(0, 1fr))";
    const headRow = el("div", { role: "row", style: null });
    headRow.style.display = "contents";
    for (const l of langs) headRow.append(el("div", { class: "hd", role: "columnheader", lang: l, text: LANG_NAMES[l] || l }));
    grid.append(headRow);
    for (let i = 0; i < n; i++) {
      const row = el("div", { role: "row" });
      row.style.display = "contents";
      for (const l of langs) {
        const s = (secs[l] || [])[i];
        const cell = el("div", { class: "cell", role: "cell", lang: l });
        if (s) {
          const heading = s.heading || "(" + s.kind + ")";
          cell.append(valueButton("/sections/" + l + "/" + i + "/heading", heading, "section heading (" + l + ")", "heading"));
          cell.append(el("span", { class: "kind", text: s.kind }));
          let list = null;
          for (const c of s.content || []) {
            if (c.type === "item") {
              if (!list) { list = el("ul", {}); cell.append(list); }
              const li = el("li", {}, c.marker ? el("span", { class: "marker", text: c.marker }) : null, c.text);
              if (c.depth) li.style.marginLeft = c.depth * 1.25 + "rem";
              list.append(li);
              continue;
            }
            list = null;
            cell.append(c.type === "heading" ? el("h4", { text: c.text }) : el("p", { text: c.text }));
          }
        }
        row.append(cell);
      }
      grid.append(row);
    }
    body.append(grid);
  }

  // --- the source view ------------------------------------------------
  function renderSource(src) {
    const body = $("source-body");
    body.replaceChildren();
    state.blocksByPos = new Map();
    src.blocks.forEach((b, i) => {
      const k = (b.page || 0) + ":" + b.line;
      if (!state.blocksByPos.has(k)) state.blocksByPos.set(k, i);
    });
    if (src.format === "pdf") renderPages(src, body);
    else renderLines(src, body);
  }

  function renderLines(src, body) {
    const box = el("div", { class: "lines", role: "list", "aria-label": "Source lines" });
    const rows = [];
    let page = 1;
    src.lines.forEach((line, i) => {
      const n = i + 1;
      const brk = line.startsWith("\f");
      if (brk) page++;
      const row = el("div", { class: "ln" + (brk ? " pagebreak" : ""), id: "L" + n, role: "listitem" },
        el("span", { class: "no", "aria-hidden": "true", text: brk ? "p" + page + " " + n : String(n) }),
        el("span", { class: "tx", text: line.replace(/\f/g, "") }));
      rows.push(row);
    });
    box.append(...rows);
    state.lineRows = rows;
    body.append(box);
  }

  function renderPages(src, body) {
    const pages = src.pages || [];
    const byPage = pages.map(() => []);
    src.blocks.forEach((b, i) => { if (b.box && b.page >= 1 && b.page <= pages.length) byPage[b.page - 1].push(i); });
    pages.forEach((p, pi) => {
      const w = p.width, h = p.height;
      const svg = document.createElementNS(SVG, "svg");
      svg.setAttribute("width", w + "pt");
      svg.setAttribute("height", h + "pt");
      svg.setAttribute("viewBox", "0 0 " + w + " " + h);
      svg.setAttribute("aria-label", "Page " + (pi + 1));
      svg.id = "page-" + (pi + 1);
      for (const i of byPage[pi]) svg.append(blockShape(src.blocks[i], i, h));
      body.append(el("figure", { class: "page" },
        el("figcaption", { text: "Page " + (pi + 1) + " · " + Math.round(w) + " × " + Math.round(h) + " pt" }),
        el("div", { class: "sheet" }, svg)));
    });
  }

  // blockShape draws a block at its box: a rectangle and its text, set
  // in a size that fills the box.
  function blockShape(b, i, pageHeight) {
    const [x0, y0, x1, y1] = b.box;
    const w = Math.max(1, x1 - x0), h = Math.max(1, y1 - y0);
    const g = document.createElementNS(SVG, "g");
    g.setAttribute("class", "blk");
    g.id = "b" + i;
    g.dataset.page = b.page;
    g.dataset.line = b.line;
    const rect = document.createElementNS(SVG, "rect");
    rect.setAttribute("x", x0);
    rect.setAttribute("y", pageHeight - y1);
    rect.setAttribute("width", w);
    rect.setAttribute("height", h);
    const fo = document.createElementNS(SVG, "foreignObject");
    fo.setAttribute("x", x0);
    fo.setAttribute("y", pageHeight - y1);
    fo.setAttribute("width", w);
    fo.setAttribute("height", h);
    const div = document.createElementNS(XHTML, "div");
    div.setAttribute("class", "t");
    div.textContent = b.text;
    // A character takes some 0.6 em of a line, the ends of lines
    // included: the size whose lines of text fill the box, at most a
    // line as high as the box.
    const chars = Math.max(1, b.text.length);
    const size = Math.min(h / 1.15, Math.sqrt((w * h) / (chars * 0.6 * 1.12)), 14);
    div.style.fontSize = Math.max(2, size).toFixed(2) + "px";
    fo.append(div);
    g.append(rect, fo);
    return g;
  }

  // --- provenance -------------------------------------------------------
  function clearHighlight() {
    for (const e of document.querySelectorAll(".hl")) e.classList.remove("hl");
    for (const e of document.querySelectorAll("button.val.current")) e.classList.remove("current");
  }

  function show(btn) {
    const ptr = btn.dataset.ptr;
    const o = state && state.vacancy.provenance && state.vacancy.provenance[ptr];
    if (!o) return;
    clearHighlight();
    if (btn.classList.contains("val")) btn.classList.add("current");
    const target = state.source.format === "pdf" ? highlightBlock(o) : highlightLines(o);
    const label = btn.dataset.label || ptr;
    $("where").textContent = label + ": " + where(o) + " — “" + o.text + "”";
    if (target) reveal(target);
  }

  // reveal scrolls the source view to a block. Beside the fields (a wide
  // window) the source view scrolls alone, and the value clicked stays in
  // sight; in one column the page scrolls.
  function reveal(target) {
    const pane = $("source");
    if (getComputedStyle(pane).position !== "sticky" || pane.scrollHeight <= pane.clientHeight) {
      target.scrollIntoView({ block: "center", inline: "nearest" });
      return;
    }
    const r = target.getBoundingClientRect(), p = pane.getBoundingClientRect();
    pane.scrollTop += r.top - p.top - Math.max(0, (pane.clientHeight - r.height) / 2);
    const sheet = target.closest(".sheet");
    if (sheet) {
      const s = sheet.getBoundingClientRect();
      if (r.left < s.left || r.right > s.right) sheet.scrollLeft += r.left - s.left - 16;
    }
  }

  function highlightBlock(o) {
    let i = state.blocksByPos.get((o.page || 0) + ":" + o.line);
    let g = i === undefined ? null : document.getElementById("b" + i);
    if (!g && o.box && o.page) {
      // No block starts there: draw the box the provenance gives.
      const svg = document.getElementById("page-" + o.page);
      if (!svg) return null;
      const h = svg.viewBox.baseVal.height;
      g = blockShape({ box: o.box, text: o.text, page: o.page, line: o.line }, "x" + o.page + "-" + o.line, h);
      svg.append(g);
    }
    if (g) g.classList.add("hl");
    return g;
  }

  function highlightLines(o) {
    const rows = state.lineRows;
    if (!rows.length || o.line < 1 || o.line > rows.length) return null;
    // The block runs from its line to the line before the next block,
    // blank lines at its end left out.
    const blocks = state.source.blocks;
    let end = rows.length;
    for (const b of blocks) if (b.line > o.line && b.line - 1 < end) end = b.line - 1;
    end = Math.min(end, o.line + 40);
    while (end > o.line && !rows[end - 1].lastChild.textContent.trim()) end--;
    for (let n = o.line; n <= end; n++) rows[n - 1].classList.add("hl");
    return rows[o.line - 1];
  }

  // --- wiring -------------------------------------------------------------
  document.addEventListener("DOMContentLoaded", () => {
    $("pick").addEventListener("submit", (e) => e.preventDefault());
    $("file").addEventListener("change", (e) => send(e.target.files[0]));
    $("from").addEventListener("change", () => send($("file").files[0]));
    document.addEventListener("click", (e) => {
      const btn = e.target.closest("button[data-ptr]");
      if (btn) show(btn);
    });
    document.addEventListener("keydown", (e) => {
      if (e.key === "Escape") { clearHighlight(); $("where").textContent = "Click a value to see where it was read."; }
    });
    const drop = $("drop");
    document.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
    document.addEventListener("dragleave", (e) => { if (!e.relatedTarget) drop.classList.remove("over"); });
    document.addEventListener("drop", (e) => {
      e.preventDefault();
      drop.classList.remove("over");
      const f = e.dataTransfer && e.dataTransfer.files[0];
      if (f) send(f);
    });
  });
})();
