// The Vigie dashboard: a map of the events coloured by type and clustered, a timeline of
// events per week that filters by dragging, a table, and each event's page (its sources with
// the evidence highlighted, its comments and its history). Analysts review, correct, merge,
// split and comment; the API decides who may (the page only hides what would be refused).
//
// Rule for the whole file: text from the database (articles, titles, actors, comments) goes
// into the page through textContent or DOM attributes, never through innerHTML.
"use strict";

(function () {
  const STRINGS = window.VIGIE_STRINGS;
  const TYPES = window.VIGIE_EVENT_TYPES;
  const PAGE_SIZE = 25;
  const MAP_MAX = 20000;  // events drawn on the map at most

  const state = {
    lang: "en",
    session: null,  // {user, role, csrf} when logged in
    types: new Set(TYPES.map((t) => t.type)),
    country: "",
    q: "",
    since: "",
    until: "",
    sort: "-date",
    offset: 0,
    eventId: null,
    event: null,  // the record the event page shows
  };

  // ---- small helpers ---------------------------------------------------------------

  const $ = (id) => document.getElementById(id);

  function t(key, values) {
    let text = (STRINGS[state.lang] && STRINGS[state.lang][key]) || STRINGS.en[key] || key;
    for (const [name, value] of Object.entries(values || {})) text = text.split("{" + name + "}").join(String(value));
    return text;
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function typeInfo(type) {
    return TYPES.find((x) => x.type === type) || { type: type, css: "other", en: type, fr: type };
  }

  function typeLabel(type) {
    const info = typeInfo(type || "");
    return info[state.lang] || info.en || "";
  }

  // Only web addresses become links: a "javascript:" URL from a feed must not.
  function safeHref(url) {
    return /^https?:\/\//i.test(url || "") ? url : null;
  }

  function isAnalyst() {
    return state.session && (state.session.role === "analyst" || state.session.role === "admin");
  }

  // The JSON API. Changes carry the session's CSRF token; errors come back as {error}.
  async function api(path, options) {
    const init = { method: "GET", headers: {}, credentials: "same-origin" };
    if (options && options.body !== undefined) {
      init.method = "POST";
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(options.body);
      if (state.session) init.headers["X-CSRF-Token"] = state.session.csrf;
    }
    let response;
    try {
      response = await fetch(path, init);
    } catch (e) {
      return { status: 0, data: { error: String(e) } };
    }
    let data = null;
    try {
      data = await response.json();
    } catch (e) {
      data = { error: "HTTP " + response.status };
    }
    return { status: response.status, data: data };
  }

  // The filters as query parameters; the types only when some are left out (all is no filter).
  function filterParams(withTimeRange) {
    const p = new URLSearchParams();
    if (state.types.size < TYPES.length) p.set("event_type", [...state.types].join(","));
    if (state.country) p.set("country", state.country);
    if (state.q) p.set("q", state.q);
    if (withTimeRange && state.since) p.set("since", state.since);
    if (withTimeRange && state.until) p.set("until", state.until);
    return p;
  }

  // ---- language and account --------------------------------------------------------

  function applyLanguage() {
    document.documentElement.lang = state.lang;
    $("language").value = state.lang;
    for (const node of document.querySelectorAll("[data-text]")) node.textContent = t(node.dataset.text);
    for (const box of document.querySelectorAll("#type-filter label")) {
      box.querySelector("span").textContent = typeLabel(box.dataset.type);
    }
  }

  function showAccount() {
    const s = state.session;
    $("who").textContent = s ? t("logged_in_as", { user: s.user, role: s.role }) : "";
    $("login-link").hidden = !!s;
    $("logout-button").hidden = !s;
  }

  async function loadSession() {
    const { status, data } = await api("/api/session");
    state.session = status === 200 && data.user ? data : null;
    showAccount();
  }

  // ---- the map -----------------------------------------------------------------------

  let map = null;
  let clusters = null;

  function setUpMap() {
    map = L.map("map", { worldCopyJump: true, minZoom: 2, maxZoom: 14 }).setView([15, 0], 5);
    fetch("/vendor/countries-50m.json")
      .then((r) => r.json())
      .then((topo) => {
        const shapes = topojson.feature(topo, topo.objects.countries);
        L.geoJSON(shapes, { interactive: false, className: "country" }).addTo(map).bringToBack();
      });
    clusters = L.markerClusterGroup({
      showCoverageOnHover: false,
      maxClusterRadius: 40,
      // A cluster takes the colour of the type most of its events have.
      iconCreateFunction: (cluster) => {
        const counts = {};
        for (const m of cluster.getAllChildMarkers()) counts[m.options.eventCss] = (counts[m.options.eventCss] || 0) + 1;
        const top = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
        const n = cluster.getChildCount();
        const size = n < 10 ? 30 : n < 100 ? 36 : 44;
        return L.divIcon({
          html: "<span>" + n + "</span>",
          className: "cluster type-" + top,
          iconSize: L.point(size, size),
        });
      },
    });
    map.addLayer(clusters);
  }

  // One marker per point ({id, date, type, lat, lon, fatalities}); the popup asks for the
  // event itself when opened.
  function eventMarker(p) {
    const css = typeInfo(p.type).css;
    const marker = L.marker([p.lat, p.lon], {
      eventCss: css,
      title: p.date + " · " + typeLabel(p.type),
      icon: L.divIcon({ className: "dot type-" + css, iconSize: L.point(14, 14) }),
    });
    marker.bindPopup(() => {
      const box = element("div", "popup");
      const link = element("a", null, p.id + " · " + p.date);
      link.href = "#/event/" + encodeURIComponent(p.id);
      const details = element("div", null, t("loading"));
      box.append(link, details);
      api("/api/events/" + encodeURIComponent(p.id)).then(({ status, data }) => {
        if (status !== 200) return (details.textContent = t("error", { message: data.error }));
        const e = data.event;
        details.replaceChildren(
          element("div", null, (e.sub_event_type || typeLabel(e.event_type)) + " — " + (e.location || "?")),
          element("div", null, [e.actor1, e.actor2].filter(Boolean).join(" / ")),
        );
        if (e.fatalities) details.append(element("div", null, t("fatalities") + ": " + e.fatalities));
        marker.getPopup().update();
      });
      return box;
    });
    return marker;
  }

  let mapRequest = 0;
  async function loadMap() {
    const ticket = ++mapRequest;
    let points = [];
    if (state.types.size) {
      const p = filterParams(true);
      p.set("limit", MAP_MAX);
      const { status, data } = await api("/api/points?" + p);
      if (ticket !== mapRequest) return;  // the filters changed meanwhile
      if (status !== 200) return showError(data);
      points = data.points;
    }
    clusters.clearLayers();
    clusters.addLayers(points.map(eventMarker));
    $("map").dataset.events = points.length;  // what the map holds, off screen too
  }

  // ---- the timeline ------------------------------------------------------------------

  const DAY = 86400000;
  let weeks = [];  // [{start: ms of the Monday, events, fatalities}], every week of the span

  function isoDay(ms) {
    return new Date(ms).toISOString().slice(0, 10);
  }

  async function loadTimeline() {
    let counts = [];
    if (state.types.size) {
      const p = filterParams(false);
      p.set("by", "week");
      const { status, data } = await api("/api/counts?" + p);
      if (status !== 200) return showError(data);
      counts = data.counts;
    }
    const byWeek = new Map();
    for (const c of counts) {
      const ms = Date.parse(c.key + "T00:00:00Z");
      if (isNaN(ms)) continue;
      const w = byWeek.get(ms) || { start: ms, events: 0, fatalities: 0 };
      w.events += c.events;
      w.fatalities += c.fatalities;
      byWeek.set(ms, w);
    }
    weeks = [];
    if (byWeek.size) {
      const first = Math.min(...byWeek.keys());
      const last = Math.max(...byWeek.keys());
      for (let ms = first; ms <= last; ms += 7 * DAY) weeks.push(byWeek.get(ms) || { start: ms, events: 0, fatalities: 0 });
    }
    drawTimeline();
  }

  const SVG = "http://www.w3.org/2000/svg";
  const TL_HEIGHT = 90;
  const TL_AXIS = 16;

  function svg(tag, attributes) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
    return node;
  }

  function timelineWidth() {
    return Math.max(300, $("timeline").clientWidth || 800);
  }

  function drawTimeline() {
    const box = $("timeline");
    const width = timelineWidth();
    box.setAttribute("viewBox", "0 0 " + width + " " + TL_HEIGHT);
    box.replaceChildren();
    if (!weeks.length) return;
    const barWidth = width / weeks.length;
    const top = Math.max(...weeks.map((w) => w.events), 1);
    weeks.forEach((w, i) => {
      const h = ((TL_HEIGHT - TL_AXIS - 4) * w.events) / top;
      const end = isoDay(w.start + 6 * DAY);
      const inRange = (!state.since || end >= state.since) && (!state.until || isoDay(w.start) <= state.until);
      const bar = svg("rect", {
        x: i * barWidth + 0.5, y: TL_HEIGHT - TL_AXIS - h, width: Math.max(1, barWidth - 1), height: h,
        class: "bar" + (inRange ? "" : " out"),
      });
      const tip = svg("title", {});
      tip.textContent = isoDay(w.start) + ": " + w.events + " (" + t("fatalities") + " " + w.fatalities + ")";
      bar.append(tip);
      box.append(bar);
    });
    // Year marks on the axis.
    let lastYear = null;
    weeks.forEach((w, i) => {
      const year = new Date(w.start).getUTCFullYear();
      if (year !== lastYear) {
        const label = svg("text", { x: i * barWidth + 2, y: TL_HEIGHT - 3, class: "axis" });
        label.textContent = year;
        box.append(label);
        lastYear = year;
      }
    });
    box.append(svg("rect", { id: "brush", x: 0, y: 0, width: 0, height: TL_HEIGHT - TL_AXIS, class: "brush" }));
  }

  function weekAt(clientX) {
    const box = $("timeline").getBoundingClientRect();
    const x = Math.min(Math.max(clientX - box.left, 0), box.width - 1);
    return Math.min(weeks.length - 1, Math.floor((x / box.width) * weeks.length));
  }

  function setUpTimelineDrag() {
    const box = $("timeline");
    let from = null;
    let moved = false;
    const brush = (a, b) => {
      const rect = $("brush");
      const barWidth = timelineWidth() / weeks.length;
      rect.setAttribute("x", Math.min(a, b) * barWidth);
      rect.setAttribute("width", (Math.abs(b - a) + 1) * barWidth);
    };
    box.addEventListener("pointerdown", (event) => {
      if (!weeks.length) return;
      from = weekAt(event.clientX);
      moved = false;
      box.setPointerCapture(event.pointerId);
      brush(from, from);
    });
    box.addEventListener("pointermove", (event) => {
      if (from === null) return;
      const to = weekAt(event.clientX);
      if (to !== from) moved = true;
      brush(from, to);
    });
    box.addEventListener("pointerup", (event) => {
      if (from === null) return;
      const to = weekAt(event.clientX);
      const [a, b] = [Math.min(from, to), Math.max(from, to)];
      from = null;
      if (!moved && a === b) {
        setTimeRange("", "");
      } else {
        setTimeRange(isoDay(weeks[a].start), isoDay(weeks[b].start + 6 * DAY));
      }
    });
  }

  function setTimeRange(since, until) {
    state.since = since;
    state.until = until;
    state.offset = 0;
    showRange();
    drawTimeline();
    loadMap();
    loadTable();
  }

  function showRange() {
    const any = state.since || state.until;
    $("range-label").textContent = any ? t("range", { from: state.since || "…", to: state.until || "…" }) : "";
    $("range-clear").hidden = !any;
  }

  // ---- the table ---------------------------------------------------------------------

  let tableRequest = 0;
  async function loadTable() {
    const ticket = ++tableRequest;
    const body = $("events").querySelector("tbody");
    let events = [];
    let total = 0;
    if (state.types.size) {
      const p = filterParams(true);
      p.set("sort", state.sort);
      p.set("limit", PAGE_SIZE);
      p.set("offset", state.offset);
      const { status, data } = await api("/api/events?" + p);
      if (ticket !== tableRequest) return;
      if (status !== 200) return showError(data);
      events = data.events;
      total = data.total;
    }
    body.replaceChildren(...events.map(eventRow));
    $("summary").textContent = total
      ? t("summary", { total: total, first: state.offset + 1, last: state.offset + events.length })
      : t("summary_none");
    showPages(total);
  }

  function eventRow(e) {
    const row = element("tr", "type-row type-" + typeInfo(e.event_type).css);
    const date = element("td");
    const link = element("a", null, e.event_date);
    link.href = "#/event/" + encodeURIComponent(e.event_id_cnty);
    date.append(link);
    const type = element("td");
    type.append(element("span", "swatch type-" + typeInfo(e.event_type).css), document.createTextNode(e.sub_event_type || ""));
    row.append(
      date,
      type,
      element("td", null, [e.location, e.admin1, e.country].filter(Boolean).join(", ")),
      element("td", null, [e.actor1, e.actor2].filter(Boolean).join(" / ")),
      element("td", "number", e.fatalities),
      element("td", "review-" + (e.review || "unreviewed"), t(e.review || "unreviewed")),
    );
    return row;
  }

  function showPages(total) {
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const page = Math.floor(state.offset / PAGE_SIZE) + 1;
    $("page-label").textContent = t("page", { page: page, pages: pages });
    $("page-back").disabled = page <= 1;
    $("page-next").disabled = page >= pages;
  }

  async function loadCountries() {
    const { status, data } = await api("/api/counts?by=country");
    if (status !== 200) return;
    const select = $("country-filter");
    const names = data.counts.map((c) => c.key).filter(Boolean);
    for (const name of names) {
      const option = element("option", null, name);
      option.value = name;
      select.append(option);
    }
  }

  function refreshDashboard() {
    state.offset = 0;
    loadTimeline();
    loadMap();
    loadTable();
  }

  function setUpFilters() {
    const fieldset = $("type-filter");
    for (const info of TYPES) {
      const label = element("label", "type-choice type-" + info.css);
      label.dataset.type = info.type;
      const box = element("input");
      box.type = "checkbox";
      box.checked = true;
      box.value = info.type;
      box.addEventListener("change", () => {
        if (box.checked) state.types.add(info.type);
        else state.types.delete(info.type);
        refreshDashboard();
      });
      label.append(box, element("i", "swatch type-" + info.css), element("span", null, typeLabel(info.type)));
      fieldset.append(label);
    }
    $("country-filter").addEventListener("change", (event) => {
      state.country = event.target.value;
      refreshDashboard();
    });
    let typing = null;
    $("text-filter").addEventListener("input", (event) => {
      clearTimeout(typing);
      typing = setTimeout(() => {
        state.q = event.target.value.trim();
        refreshDashboard();
      }, 300);
    });
    $("filters").addEventListener("submit", (event) => event.preventDefault());
    $("range-clear").addEventListener("click", () => setTimeRange("", ""));
    for (const button of document.querySelectorAll("button.sort")) {
      button.addEventListener("click", () => {
        const sort = button.dataset.sort;
        state.sort = sort === "date" ? (state.sort === "-date" ? "date" : "-date") : sort;
        state.offset = 0;
        loadTable();
      });
    }
    $("page-back").addEventListener("click", () => {
      state.offset = Math.max(0, state.offset - PAGE_SIZE);
      loadTable();
    });
    $("page-next").addEventListener("click", () => {
      state.offset += PAGE_SIZE;
      loadTable();
    });
  }

  // ---- the event page ----------------------------------------------------------------

  // The document text with each evidence span in a <mark>. Offsets are bytes of UTF-8.
  function highlighted(text, evidence) {
    const bytes = new TextEncoder().encode(text);
    const decoder = new TextDecoder();
    const cuts = new Set([0, bytes.length]);
    for (const ev of evidence) {
      cuts.add(Math.min(ev.start, bytes.length));
      cuts.add(Math.min(ev.end, bytes.length));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const box = element("div", "document-text");
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const piece = decoder.decode(bytes.subarray(a, b));
      const roles = evidence.filter((ev) => ev.start <= a && ev.end >= b).map((ev) => ev.role);
      if (roles.length) {
        const mark = element("mark", "evidence role-" + roles[0].replace(/[^a-z0-9_]/gi, ""), piece);
        mark.title = [...new Set(roles)].join(", ");
        box.append(mark);
      } else {
        box.append(document.createTextNode(piece));
      }
    }
    return box;
  }

  function field(list, label, value) {
    if (value === null || value === undefined || value === "") return;
    list.append(element("dt", null, t(label)), element("dd", null, value));
  }

  function showMessage(text, ok) {
    const box = $("event-message");
    box.textContent = text;
    box.className = "message " + (ok ? "ok" : "bad");
  }

  function showError(data) {
    const text = t("error", { message: (data && data.error) || "?" });
    if (!$("view-event").hidden) showMessage(text, false);
    else $("summary").textContent = text;
  }

  async function loadEvent(id) {
    state.eventId = id;
    $("event-title").textContent = t("loading");
    for (const part of ["event-notes", "event-fields", "event-documents", "event-comments", "event-history"]) {
      $(part).replaceChildren();
    }
    const { status, data } = await api("/api/events/" + encodeURIComponent(id));
    if (state.eventId !== id) return;
    if (status !== 200) {
      $("event-title").textContent = status === 404 ? t("not_found") : t("error", { message: data.error });
      $("review-box").hidden = true;
      $("comment-form").hidden = true;
      return;
    }
    renderEvent(data);
  }

  function renderEvent(data) {
    const e = data.event;
    state.event = e;
    document.title = "Vigie · " + e.event_id_cnty;
    $("event-title").textContent = e.event_id_cnty + " · " + e.event_date + " · " + (e.sub_event_type || "") +
      " · " + [e.location, e.country].filter(Boolean).join(", ");
    $("event-notes").textContent = e.notes || "";
    const list = $("event-fields");
    field(list, "fields_type", typeLabel(e.event_type));
    field(list, "fields_sub", e.sub_event_type);
    field(list, "fields_date", e.date_start && e.date_end && e.date_start !== e.date_end
      ? e.date_start + " – " + e.date_end : e.event_date);
    field(list, "fields_place", [e.location, e.admin2, e.admin1, e.country].filter(Boolean).join(", "));
    if (e.latitude !== null) {
      field(list, "fields_coords", e.latitude + ", " + e.longitude + " (" + t("precision_" + e.geo_precision) + ")");
    }
    field(list, "fields_actor1", e.actor1);
    field(list, "fields_actor2", e.actor2);
    field(list, "fields_interaction", e.interaction);
    field(list, "fields_civilians", e.civilian_targeting);
    field(list, "fields_fatalities", e.fatalities_high && e.fatalities_high !== e.fatalities
      ? e.fatalities + " (" + e.fatalities_low + "–" + e.fatalities_high + ")" : e.fatalities);
    field(list, "fields_confidence", e.confidence);
    field(list, "fields_sources", e.source);

    // Review, correction and merging: analysts only.
    $("review-box").hidden = !isAnalyst();
    $("review-state").textContent = t(e.review || "unreviewed");
    $("review-state").dataset.review = e.review || "unreviewed";
    const form = $("correct-form");
    form.elements.fatalities.value = e.fatalities;
    form.elements.event_date.value = e.event_date;
    for (const name of ["location", "actor1", "actor2", "notes"]) form.elements[name].value = e[name] || "";

    // Sources, each with its evidence marked, and a split button for merged reports.
    const splittable = new Map();
    for (const h of data.history) if (h.action === "merge" && !h.undone) splittable.set(h.doc, h.id);
    const docs = $("event-documents");
    for (const d of data.documents) {
      const article = element("article", "document");
      article.dataset.doc = d.doc;
      const head = element("h3");
      const href = safeHref(d.url);
      const title = element(href ? "a" : "span", null, d.title || d.url || d.doc);
      if (href) {
        title.href = href;
        title.rel = "noopener noreferrer";
      }
      head.append(title);
      const meta = element("p", "meta", [d.published ? t("published", { date: d.published }) : "", d.copy ? t("copy") : "",
        href ? "" : d.doc].filter(Boolean).join(" · "));
      article.append(head, meta);
      if (isAnalyst() && splittable.has(d.doc)) {
        const split = element("button", "split", t("split"));
        split.type = "button";
        split.addEventListener("click", () => splitOut(e.event_id_cnty, splittable.get(d.doc)));
        article.append(split);
      }
      article.append(highlighted(d.text || "", d.evidence || []));
      docs.append(article);
    }

    // Comments: analysts write; a visitor is shown the way to log in.
    const comments = $("event-comments");
    if (!data.comments.length) comments.append(element("li", "empty", t("no_comments")));
    for (const c of data.comments) {
      const item = element("li", "comment");
      item.append(element("p", "meta", t("by_at", { user: c.user, at: c.at })), element("p", "body", c.body));
      comments.append(item);
    }
    $("comment-form").hidden = !isAnalyst();
    $("comment-login").hidden = !!state.session;
    $("comment-login-link").href = "#/login?next=" + encodeURIComponent("/event/" + e.event_id_cnty);

    // History: the merge log and the analysts' changes, oldest first.
    const history = [];
    for (const h of data.history) {
      const key = h.action === "merge" ? "history_merge" : h.action === "split" ? "history_split" : "history_create";
      history.push({ at: h.at, by: h.by, text: t(key, { doc: h.doc, reason: h.reason }) + (h.undone ? " ✗" : "") });
    }
    for (const c of data.changes) {
      let text;
      if (c.action === "review") text = t("change_review", { to: t((c.detail && c.detail.to) || "?") });
      else if (c.action === "correct") text = t("change_correct", { fields: Object.keys(c.detail || {}).join(", ") });
      else text = t("change_other", { action: c.action });
      history.push({ at: c.at, by: c.user, text: text });
    }
    history.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    const log = $("event-history");
    if (!history.length) log.append(element("li", "empty", t("no_history")));
    for (const h of history) log.append(element("li", null, h.at + " · " + h.by + " · " + h.text));
  }

  // Posts a change about the event shown, then shows it again with `message(answer)` (or
  // "Saved."), or shows why the change was refused.
  async function change(path, body, message) {
    const { status, data } = await api(path, { body: body });
    if (status >= 200 && status < 300) {
      await loadEvent(state.eventId);
      showMessage(message ? message(data) : t("saved"), true);
    } else {
      showMessage(t("failed", { message: (data && data.error) || status }), false);
    }
  }

  function splitOut(id, mergeId) {
    change("/api/events/" + encodeURIComponent(id) + "/split", { merge: mergeId }, (data) =>
      t("split_done", { event: data.event_id_cnty }));
  }

  function setUpEventPage() {
    for (const button of document.querySelectorAll(".review-action")) {
      button.addEventListener("click", () => {
        change("/api/events/" + encodeURIComponent(state.eventId) + "/review", { review: button.dataset.review });
      });
    }
    $("correct-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const form = event.target.elements;
      // Only the fields the analyst changed: the audit log then names exactly those.
      const e = state.event;
      const body = {};
      const fatalities = parseInt(form.fatalities.value, 10);
      if (!isNaN(fatalities) && fatalities !== e.fatalities) body.fatalities = fatalities;
      if (form.event_date.value && form.event_date.value !== e.event_date) body.event_date = form.event_date.value;
      for (const name of ["location", "actor1", "actor2", "notes"]) {
        if (form[name].value !== (e[name] || "")) body[name] = form[name].value;
      }
      if (!Object.keys(body).length) return showMessage(t("nothing_changed"), false);
      change("/api/events/" + encodeURIComponent(state.eventId) + "/correct", body);
    });
    $("merge-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const other = event.target.elements.from.value.trim();
      if (!other) return;
      change("/api/events/" + encodeURIComponent(state.eventId) + "/merge", { from: other }, () =>
        t("merged", { other: other }));
      event.target.reset();
    });
    $("comment-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const text = event.target.elements.body.value;
      if (!text.trim()) return;
      change("/api/events/" + encodeURIComponent(state.eventId) + "/comments", { body: text });
      event.target.reset();
    });
  }

  // ---- logging in and out ------------------------------------------------------------

  function setUpLogin() {
    $("login-form").addEventListener("submit", async (event) => {
      event.preventDefault();
      const form = event.target.elements;
      const { status, data } = await api("/api/login", { body: { name: form.name.value, password: form.password.value } });
      if (status !== 200) {
        $("login-message").textContent = status === 401 ? t("wrong_login") : t("error", { message: data.error });
        return;
      }
      state.session = data;
      showAccount();
      event.target.reset();
      $("login-message").textContent = "";
      const next = new URLSearchParams(location.hash.split("?")[1] || "").get("next");
      location.hash = next && next.startsWith("/") ? "#" + next : "#/";
    });
    $("logout-button").addEventListener("click", async () => {
      await api("/api/logout", { body: {} });
      state.session = null;
      showAccount();
      route();
    });
  }

  // ---- views -------------------------------------------------------------------------

  let dashboardLoaded = false;
  function route() {
    const hash = location.hash.replace(/^#/, "") || "/";
    const path = hash.split("?")[0];
    const eventMatch = path.match(/^\/event\/(.+)$/);
    const view = eventMatch ? "event" : path === "/login" ? "login" : "dashboard";
    for (const name of ["dashboard", "event", "login"]) $("view-" + name).hidden = name !== view;
    showMessage("", true);
    if (view === "dashboard") {
      document.title = "Vigie";
      if (!map) setUpMap();
      map.invalidateSize();
      if (!dashboardLoaded) {
        dashboardLoaded = true;
        refreshDashboard();
      } else {
        drawTimeline();
        loadTable();
      }
    } else if (view === "event") {
      let id = eventMatch[1];
      try {
        id = decodeURIComponent(id);
      } catch (e) {
        // a broken %-escape: ask for the id as typed, the API answers 404
      }
      loadEvent(id);
    } else {
      document.title = "Vigie · " + t("login");
      $("login-form").elements.name.focus();
    }
  }

  async function start() {
    const saved = localStorage.getItem("vigie-language");
    state.lang = saved === "fr" || saved === "en" ? saved : (navigator.language || "").startsWith("fr") ? "fr" : "en";
    setUpFilters();
    setUpEventPage();
    setUpLogin();
    setUpTimelineDrag();
    applyLanguage();
    $("language").addEventListener("change", (event) => {
      state.lang = event.target.value;
      localStorage.setItem("vigie-language", state.lang);
      applyLanguage();
      showAccount();
      route();
    });
    window.addEventListener("hashchange", route);
    window.addEventListener("resize", () => drawTimeline());
    await loadSession();
    loadCountries();
    route();
  }

  start();
})();
