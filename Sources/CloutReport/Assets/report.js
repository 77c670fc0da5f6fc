/* Clout report: the page's behaviour. Written for Clout; no framework, no request. */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('clout-data').textContent);
  var W = data.words;
  var svg = document.getElementById('clout-svg');
  var stage = document.getElementById('clout-diagram');

  // ---- helpers -------------------------------------------------------------------------------
  function h(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === 'text') node.textContent = v;
        else if (k === 'class') node.className = v;
        else if (k.slice(0, 2) === 'on') node.addEventListener(k.slice(2), v);
        else node.setAttribute(k, v === true ? '' : v);
      });
    }
    function add(kid) {
      if (kid === null || kid === undefined || kid === false) return;
      if (Array.isArray(kid)) kid.forEach(add);
      else node.appendChild(typeof kid === 'string' ? document.createTextNode(kid) : kid);
    }
    for (var i = 2; i < arguments.length; i++) add(arguments[i]);
    return node;
  }
  /** Width- and case-insensitive form for search: NFKC, then case folding. */
  function fold(s) { return String(s).normalize('NFKC').toUpperCase().toLowerCase().normalize('NFKC'); }
  function squeeze(s) { return s.replace(/[\s・·･.\-‐_'’"“”()（）]/g, ''); }
  function fmt(x) {
    if (x === null || x === undefined) return '';
    if (x === 0) return '0';
    var a = Math.abs(x);
    return a >= 100 ? x.toFixed(0) : a >= 1 ? x.toFixed(2) : x.toPrecision(3);
  }

  // ---- indexes ---------------------------------------------------------------------------------
  var entity = {}, relation = {}, nodeEl = {}, edgeEl = {}, entityIndex = {};
  data.entities.forEach(function (e, i) { entity[e.id] = e; entityIndex[e.id] = i; });
  data.relations.forEach(function (r) { relation[r.id] = r; });
  var kindById = {};
  data.kinds.forEach(function (k) { kindById[k.id] = k; });
  var statusLabel = {};
  data.statuses.forEach(function (s) { statusLabel[s.id] = s.label; });
  var topicLabel = {};
  data.topics.forEach(function (t) { topicLabel[t.id] = t.label; });
  svg.querySelectorAll('g.node').forEach(function (g) { if (entity[g.id]) nodeEl[g.id] = g; });
  svg.querySelectorAll('g.edge').forEach(function (g) {
    if (relation[g.id]) (edgeEl[g.id] = edgeEl[g.id] || []).push(g);
  });
  // Graphviz's own tooltips would repeat the card; the <title> elements name nodes for screen readers.
  svg.querySelectorAll('a').forEach(function (a) { a.removeAttribute('xlink:title'); a.removeAttributeNS('http://www.w3.org/1999/xlink', 'title'); });
  var searchable = data.entities.map(function (e) {
    var names = [e.id, e.name, e.label].concat(Object.keys(e.names || {}).map(function (k) { return e.names[k]; }), e.aliases || []);
    return { id: e.id, keys: names.map(function (n) { var f = fold(n); return [f, squeeze(f)]; }) };
  });
  function name(id) { var e = entity[id]; return e ? e.label : id; }

  // ---- view: pan, zoom, fit --------------------------------------------------------------------
  var base = svg.viewBox.baseVal;
  var full = { x: base.x, y: base.y, w: base.width, h: base.height };
  var view = { x: full.x, y: full.y, w: full.w, h: full.h };
  function apply() { svg.setAttribute('viewBox', [view.x, view.y, view.w, view.h].join(' ')); }
  function fit() { view = { x: full.x, y: full.y, w: full.w, h: full.h }; apply(); }
  function svgPoint(clientX, clientY) {
    var m = svg.getScreenCTM();
    var p = svg.createSVGPoint();
    p.x = clientX; p.y = clientY;
    return m ? p.matrixTransform(m.inverse()) : { x: view.x + view.w / 2, y: view.y + view.h / 2 };
  }
  function zoom(factor, cx, cy) {
    var w = Math.max(full.w / 60, Math.min(full.w * 3, view.w * factor));
    var k = w / view.w;
    view.x = cx - (cx - view.x) * k; view.y = cy - (cy - view.y) * k;
    view.w = w; view.h = view.h * k;
    apply();
  }
  /** Box of diagram elements in the SVG's user space. */
  function boxOf(elements) {
    var m = svg.getScreenCTM();
    if (!m) return null;
    var box = null;
    elements.forEach(function (el) {
      var r = el.getBoundingClientRect();
      if (!r.width && !r.height) return;
      var a = svgPoint(r.left, r.top), b = svgPoint(r.right, r.bottom);
      box = box ? { x1: Math.min(box.x1, a.x), y1: Math.min(box.y1, a.y), x2: Math.max(box.x2, b.x), y2: Math.max(box.y2, b.y) }
        : { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
    });
    return box;
  }
  /** The narrowest view when framing a few elements: labels readable, some context around. */
  function closeUp() { return Math.min(full.w, 900); }
  function show(elements, minWidth) {
    var box = boxOf(elements);
    if (!box) return;
    var pad = 60;
    var w = Math.max(box.x2 - box.x1 + 2 * pad, minWidth || 0);
    var hgt = Math.max(box.y2 - box.y1 + 2 * pad, (minWidth || 0) * view.h / view.w);
    // Keep what is shown clear of the story player at the bottom of the stage.
    var covered = player.hidden ? 0 : Math.min(player.offsetHeight + 24, stage.clientHeight / 2);
    var free = Math.max(1, stage.clientHeight - covered);
    var aspect = stage.clientWidth / free;
    if (w / hgt < aspect) w = hgt * aspect; else hgt = w / aspect;
    var cx = (box.x1 + box.x2) / 2, cy = (box.y1 + box.y2) / 2;
    var total = hgt * stage.clientHeight / free;
    view = { x: cx - w / 2, y: cy - hgt / 2, w: w, h: total };
    apply();
  }
  stage.addEventListener('wheel', function (ev) {
    ev.preventDefault();
    var p = svgPoint(ev.clientX, ev.clientY);
    zoom(ev.deltaY > 0 ? 1.15 : 1 / 1.15, p.x, p.y);
  }, { passive: false });
  var drag = null;
  svg.addEventListener('pointerdown', function (ev) {
    if (ev.button !== 0) return;
    drag = { x: ev.clientX, y: ev.clientY, moved: false };
  });
  window.addEventListener('pointermove', function (ev) {
    if (!drag) return;
    var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
    if (!drag.moved) { drag.moved = true; svg.classList.add('dragging'); }
    var scale = view.w / svg.clientWidth;
    var s = Math.max(scale, view.h / svg.clientHeight);
    view.x -= dx * s; view.y -= dy * s;
    drag.x = ev.clientX; drag.y = ev.clientY;
    apply();
  });
  window.addEventListener('pointerup', function () {
    if (drag && drag.moved) { svg.classList.remove('dragging'); setTimeout(function () { drag = null; }, 0); }
    else drag = null;
  });
  document.querySelectorAll('.clout-zoom button').forEach(function (b) {
    var what = b.getAttribute('data-zoom');
    b.title = what === 'in' ? W.zoomIn : what === 'out' ? W.zoomOut : W.fit;
    if (what === 'fit') b.textContent = W.fit;
    b.addEventListener('click', function () {
      if (what === 'fit') return fit();
      zoom(what === 'in' ? 1 / 1.4 : 1.4, view.x + view.w / 2, view.y + view.h / 2);
    });
  });

  // ---- filters: topics, kinds, statuses, as-of date -------------------------------------------
  var state = {
    topics: new Set(data.topics.map(function (t) { return t.id; })),
    kinds: new Set(data.kinds.map(function (k) { return k.id; })),
    statuses: new Set(data.statuses.map(function (s) { return s.id; })),
    asOf: null
  };
  function monthList() {
    if (!data.months) return [];
    var out = [], y = +data.months.from.slice(0, 4), m = +data.months.from.slice(5, 7);
    var ty = +data.months.to.slice(0, 4), tm = +data.months.to.slice(5, 7);
    while (y < ty || (y === ty && m <= tm)) { out.push(y + '-' + (m < 10 ? '0' : '') + m); m++; if (m > 12) { m = 1; y++; } }
    return out;
  }
  var months = monthList();
  function dayRange(text) {
    var p = text.split('-').map(Number);
    var y = p[0], m = p[1], d = p[2];
    var lastDay = function (yy, mm) { return new Date(Date.UTC(yy, mm, 0)).getUTCDate(); };
    var low = y * 10000 + (m || 1) * 100 + (d || 1);
    var hm = m || 12;
    return [low, y * 10000 + hm * 100 + (d || lastDay(y, hm))];
  }
  /** Whether a relation is in force on the as-of date (the rule of `clout --as-of`). */
  function holds(r) {
    if (!state.asOf) return true;
    var range = dayRange(state.asOf);
    if (r.first === undefined && r.last === undefined) return true;
    if (r.first !== undefined && r.first > range[1]) return false;
    if (r.last !== undefined && r.last < range[0]) return false;
    return true;
  }
  function passes(r) {
    if (!state.kinds.has(r.kind) || !state.statuses.has(r.status)) return false;
    if (state.topics.size < data.topics.length) {
      if (!(r.about || []).some(function (t) { return state.topics.has(t); })) return false;
    }
    return holds(r);
  }
  var visible = {};
  function refresh() {
    var live = {};
    var filtering = state.asOf || state.topics.size < data.topics.length || state.kinds.size < data.kinds.length ||
      state.statuses.size < data.statuses.length;
    data.relations.forEach(function (r) {
      var on = passes(r);
      visible[r.id] = on;
      (edgeEl[r.id] || []).forEach(function (g) { g.classList.toggle('clout-off', !on); });
      if (on) { live[r.from] = true; live[r.to] = true; }
    });
    data.entities.forEach(function (e) {
      var g = nodeEl[e.id];
      if (g) g.classList.toggle('clout-off', !!filtering && !live[e.id]);
    });
    if (current) render(current);
  }

  var asOf = document.getElementById('as-of');
  var asOfValue = document.getElementById('clout-as-of-value');
  document.getElementById('clout-as-of-name').textContent = W.asOf;
  document.getElementById('clout-legend-note').textContent = W.legend;
  asOf.max = String(months.length);
  asOf.value = String(months.length);
  asOf.disabled = months.length === 0;
  function setAsOfLabel() {
    asOfValue.textContent = state.asOf || W.allDates;
    asOf.setAttribute('data-date', state.asOf || '');
    asOf.setAttribute('aria-valuetext', state.asOf || W.allDates);
  }
  asOf.addEventListener('input', function () {
    var i = +asOf.value;
    state.asOf = i < months.length ? months[i] : null;
    setAsOfLabel();
    refresh();
  });
  /** Sets the as-of date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null for all dates). */
  function setAsOf(text) {
    state.asOf = text || null;
    var i = text ? months.indexOf(text.slice(0, 7)) : -1;
    asOf.value = String(text ? (i >= 0 ? i : (text < months[0] ? 0 : months.length - 1)) : months.length);
    setAsOfLabel();
    refresh();
  }
  setAsOfLabel();

  function checkboxGroup(title, items, set) {
    var boxes = [];
    var group = h('div', { class: 'clout-filter-group' },
      h('h3', null, title,
        h('a', { class: 'clout-link clout-filter-all', onclick: function () { items.forEach(function (i) { set.add(i.id); }); sync(); } }, W.all),
        h('a', { class: 'clout-link clout-filter-all', onclick: function () { set.clear(); sync(); } }, W.none)));
    items.forEach(function (item) {
      var box = h('input', { type: 'checkbox', value: item.id, 'data-filter': title });
      box.checked = set.has(item.id);
      box.addEventListener('change', function () { if (box.checked) set.add(item.id); else set.delete(item.id); refresh(); });
      boxes.push(box);
      group.appendChild(h('label', null, box, ' ', item.label));
    });
    function sync() { boxes.forEach(function (b) { b.checked = set.has(b.value); }); refresh(); }
    return group;
  }
  var filters = document.getElementById('clout-filters');
  filters.appendChild(checkboxGroup(W.kinds, data.kinds, state.kinds));
  filters.appendChild(checkboxGroup(W.statuses, data.statuses, state.statuses));
  if (data.topics.length) filters.appendChild(checkboxGroup(W.topics, data.topics, state.topics));

  // ---- highlight -------------------------------------------------------------------------------
  function clearMarks() {
    svg.classList.remove('clout-dim');
    svg.querySelectorAll('.clout-hl, .clout-sel').forEach(function (g) { g.classList.remove('clout-hl', 'clout-sel'); });
  }
  function mark(entityIds, relationIds, selected) {
    clearMarks();
    svg.classList.add('clout-dim');
    entityIds.forEach(function (id) { if (nodeEl[id]) nodeEl[id].classList.add('clout-hl'); });
    relationIds.forEach(function (id) { (edgeEl[id] || []).forEach(function (g) { g.classList.add('clout-hl'); }); });
    (selected || []).forEach(function (el) { el.classList.add('clout-sel'); });
  }

  // ---- cards -----------------------------------------------------------------------------------
  var card = document.getElementById('card');
  var current = null;
  function entityLink(id) {
    return entity[id] ? h('span', { class: 'clout-link', 'data-entity': id, onclick: function () { selectEntity(id, true); } }, name(id)) : h('span', null, id);
  }
  function citation(c) {
    var s = data.sources[c.s] || { title: c.s };
    var bits = [s.outlet, s.date].filter(Boolean).join(', ');
    return [
      h('blockquote', { class: 'clout-quote', lang: s.language || null }, '“' + c.q + '”'),
      h('div', { class: 'clout-cite' }, '— ', h('cite', null, s.title), bits ? ' (' + bits + ')' : '',
        s.url ? [' · ', h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, W.link)] : null,
        c.n ? ' · ' + c.n : null)
    ];
  }
  function relationBlock(r, perspective) {
    var k = kindById[r.kind] || { label: r.kind, polarity: 'neutral' };
    var head;
    if (perspective === r.from) head = [h('span', { class: 'kind-' + k.polarity }, k.label), ' → ', entityLink(r.to)];
    else if (perspective === r.to) head = [entityLink(r.from), ' ', h('span', { class: 'kind-' + k.polarity }, k.label), ' →'];
    else head = [entityLink(r.from), ' ', h('span', { class: 'kind-' + k.polarity }, k.label), ' ', entityLink(r.to)];
    var chips = [
      h('span', { class: 'clout-chip' }, r.when || W.undated),
      h('span', { class: 'clout-chip status-' + r.status }, statusLabel[r.status] || r.status),
      r.confidence !== undefined ? h('span', { class: 'clout-chip' }, W.confidence + ' ' + r.confidence) : null,
      r.strength !== undefined ? h('span', { class: 'clout-chip' }, W.strength + ' ' + r.strength) : null
    ].concat((r.about || []).map(function (t) { return h('span', { class: 'clout-chip' }, topicLabel[t] || t); }));
    return h('div', { class: 'clout-rel' + (visible[r.id] === false ? ' clout-off' : ''), 'data-relation': r.id },
      h('div', { class: 'clout-rel-head' }, head, ' ',
        h('a', { class: 'clout-link', style: 'font-weight:400;font-size:12px', onclick: function () { selectRelation(r.id, true); } }, '#' + r.id)),
      h('div', null, chips, visible[r.id] === false ? h('span', { class: 'clout-chip' }, W.notInForce) : null),
      r.place ? h('div', { class: 'clout-meta' }, W.place + ': ' + r.place) : null,
      r.note ? h('div', { class: 'clout-meta' }, r.note) : null,
      r.cites.map(citation));
  }
  function chainBlock(c, side) {
    var path = [];
    c.v.forEach(function (id, i) {
      if (i > 0) {
        var hop = c.h[i - 1];
        path.push(h('span', { class: 'clout-hop pol-' + hop.p, title: W.evidence, onclick: function () { showChain(c); } }, ' \u2192 '));
      }
      path.push(entityLink(id));
    });
    return h('div', { class: 'clout-chain', 'data-actor': c.a },
      h('div', null, entityLink(c.a), ' ', h('span', { class: 'clout-score' }, fmt(c.s)), ' ',
        h('span', { class: 'pol-' + c.p }, W[c.p] || c.p), ' · ', String(c.h.length), ' ', c.h.length === 1 ? W.hop : W.hops, ' ',
        h('a', { class: 'clout-link', style: 'font-size:12px', onclick: function () { showChain(c); } }, W.evidence)),
      h('div', { class: 'clout-chain-path' }, path));
  }
  function rankBadge(id) {
    var i = entityIndex[id];
    return data.measures.map(function (m) {
      var values = data.scores[m];
      var rank = 1 + values.filter(function (v) { return v > values[i]; }).length;
      return h('span', { class: 'clout-chip', title: W[m + 'Help'] }, W[m] + ' ' + fmt(values[i]) + ' (' + W.rankOf + ' ' + rank + ')');
    });
  }
  function setCard() {
    card.replaceChildren();
    for (var i = 0; i < arguments.length; i++) {
      [].concat(arguments[i]).forEach(function add(k) { if (Array.isArray(k)) k.forEach(add); else if (k) card.appendChild(k); });
    }
  }
  function renderEntity(id) {
    var e = entity[id];
    var names = [];
    Object.keys(e.names || {}).forEach(function (k) { if (names.indexOf(e.names[k]) < 0 && e.names[k] !== e.label) names.push(e.names[k]); });
    if (e.name !== e.label && names.indexOf(e.name) < 0) names.unshift(e.name);
    (e.aliases || []).forEach(function (a) { if (names.indexOf(a) < 0) names.push(a); });
    var rels = data.relations.filter(function (r) { return r.from === id || r.to === id; });
    var chains = data.chains[id] || { in: [], out: [] };
    setCard(
      h('h2', null, e.label),
      h('div', { class: 'clout-meta' }, h('b', null, e.kindLabel), e.role ? ' · ' + e.role : ''),
      e.affiliation ? h('div', { class: 'clout-meta' }, W.affiliation + ': ', entityLink(e.affiliation), entity[e.affiliation] ? '' : ' ' + (e.affiliationName || '')) : null,
      names.length ? h('div', { class: 'clout-meta' }, W.names + ': ' + names.join(' / ')) : null,
      e.note ? h('p', { class: 'clout-meta' }, e.note) : null,
      h('div', null, rankBadge(id)),
      h('h3', null, W.relations + ' (' + rels.length + ')'),
      rels.map(function (r) { return relationBlock(r, id); }),
      chains.in.length ? [h('h3', null, W.movedBy), h('p', { class: 'clout-hint' }, W.chainHint)].concat(chains.in.map(function (c) { return chainBlock(c, 'in'); })) : null,
      chains.out.length ? [h('h3', null, W.moves)].concat(chains.out.map(function (c) { return chainBlock(c, 'out'); })) : null);
  }
  function renderRelation(id) {
    var r = relation[id];
    var k = kindById[r.kind] || { label: r.kind, description: '' };
    setCard(
      h('h2', null, W.relation),
      h('div', { class: 'clout-meta' }, k.description || ''),
      relationBlock(r, null));
  }
  function renderList(title, caption, ids) {
    setCard(h('h2', null, title), caption ? h('p', null, caption) : null,
      ids.map(function (id) { return relationBlock(relation[id], null); }));
  }
  function render(what) {
    if (what.type === 'entity') renderEntity(what.id);
    else if (what.type === 'relation') renderRelation(what.id);
    else if (what.type === 'list') renderList(what.title, what.caption, what.ids);
  }
  function openTab(name) {
    tabs.forEach(function (t) {
      t.button.classList.toggle('active', t.name === name);
      t.panel.hidden = t.name !== name;
    });
  }
  function neighbourhood(id) {
    var ids = [id], rels = [];
    data.relations.forEach(function (r) {
      if (!visible[r.id]) return;
      if (r.from === id || r.to === id) { rels.push(r.id); ids.push(r.from === id ? r.to : r.from); }
    });
    return { ids: ids, rels: rels };
  }
  function selectEntity(id, centre) {
    if (!entity[id]) return;
    current = { type: 'entity', id: id };
    var n = neighbourhood(id);
    mark(n.ids, n.rels, nodeEl[id] ? [nodeEl[id]] : []);
    render(current);
    openTab('card');
    card.scrollTop = 0;
    if (centre && nodeEl[id]) show(n.ids.map(function (v) { return nodeEl[v]; }).filter(Boolean), closeUp());
  }
  function selectRelation(id, centre) {
    var r = relation[id];
    if (!r) return;
    current = { type: 'relation', id: id };
    mark([r.from, r.to], [id], edgeEl[id] || []);
    render(current);
    openTab('card');
    card.scrollTop = 0;
    if (centre) show([nodeEl[r.from], nodeEl[r.to]].filter(Boolean), closeUp());
  }
  function showChain(c) {
    var ids = [];
    c.h.forEach(function (hop) { hop.r.forEach(function (r) { ids.push(r); }); });
    current = { type: 'list', title: c.v.map(name).join(' → '), caption: W.score + ' ' + fmt(c.s) + ' · ' + (W[c.p] || c.p), ids: ids };
    mark(c.v, ids, []);
    render(current);
    card.scrollTop = 0;
    show(c.v.map(function (v) { return nodeEl[v]; }).filter(Boolean));
  }
  svg.addEventListener('click', function (ev) {
    if (drag && drag.moved) return;
    var a = ev.target.closest('a');
    if (a) ev.preventDefault();
    var g = ev.target.closest('g.node, g.edge');
    if (g && g.classList.contains('node') && entity[g.id]) return selectEntity(g.id, false);
    if (g && g.classList.contains('edge') && relation[g.id]) return selectRelation(g.id, false);
    current = null;
    clearMarks();
    renderHint();
  });
  function renderHint() {
    setCard(
      h('p', { class: 'clout-hint' }, W.hint),
      data.description ? h('p', null, data.description) : null,
      h('p', { class: 'clout-meta' }, W.madeWith));
  }

  // ---- search ----------------------------------------------------------------------------------
  var search = document.getElementById('search');
  var results = document.getElementById('clout-results');
  search.placeholder = W.search;
  search.setAttribute('aria-label', W.search);
  var hits = [], active = 0;
  function find(query) {
    var q = fold(query.trim());
    if (!q) return [];
    var qs = squeeze(q);
    var scored = [];
    searchable.forEach(function (s) {
      var best = 0;
      s.keys.forEach(function (k) {
        if (k[0] === q || k[1] === qs) best = Math.max(best, 3);
        else if (k[0].indexOf(q) === 0 || (qs && k[1].indexOf(qs) === 0)) best = Math.max(best, 2);
        else if (k[0].indexOf(q) >= 0 || (qs && k[1].indexOf(qs) >= 0)) best = Math.max(best, 1);
      });
      if (best) scored.push({ id: s.id, score: best });
    });
    scored.sort(function (a, b) { return b.score - a.score || entityIndex[a.id] - entityIndex[b.id]; });
    return scored.slice(0, 12).map(function (s) { return s.id; });
  }
  function showResults() {
    results.replaceChildren();
    if (!search.value.trim()) { results.hidden = true; return; }
    if (!hits.length) results.appendChild(h('li', { class: 'clout-none' }, W.noMatch));
    hits.forEach(function (id, i) {
      var e = entity[id];
      results.appendChild(h('li', { class: i === active ? 'active' : null, 'data-entity': id,
        onmousedown: function (ev) { ev.preventDefault(); choose(id); } }, e.label, h('small', null, e.role || e.kindLabel)));
    });
    results.hidden = false;
  }
  function choose(id) {
    results.hidden = true;
    search.value = entity[id].label;
    selectEntity(id, true);
  }
  search.addEventListener('input', function () { hits = find(search.value); active = 0; showResults(); });
  search.addEventListener('keydown', function (ev) {
    if (ev.key === 'ArrowDown') { active = Math.min(hits.length - 1, active + 1); showResults(); ev.preventDefault(); }
    else if (ev.key === 'ArrowUp') { active = Math.max(0, active - 1); showResults(); ev.preventDefault(); }
    else if (ev.key === 'Enter') { if (hits[active]) choose(hits[active]); ev.preventDefault(); }
    else if (ev.key === 'Escape') { results.hidden = true; }
  });
  search.addEventListener('blur', function () { setTimeout(function () { results.hidden = true; }, 150); });

  // ---- rankings --------------------------------------------------------------------------------
  var rankings = document.getElementById('clout-rankings');
  var sortBy = data.measures[0], descending = true;
  function renderRankings() {
    var rows = data.entities.map(function (e, i) { return i; });
    rows.sort(function (a, b) {
      var x, y;
      if (sortBy === 'actor') { x = data.entities[a].label; y = data.entities[b].label; return descending ? y.localeCompare(x) : x.localeCompare(y); }
      x = data.scores[sortBy][a]; y = data.scores[sortBy][b];
      return (descending ? y - x : x - y) || a - b;
    });
    function header(key, label, numeric) {
      var th = h('th', { class: numeric ? 'num' : null, 'data-sort': key, title: W[key + 'Help'] || null }, label);
      if (key === sortBy) th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      th.addEventListener('click', function () {
        if (sortBy === key) descending = !descending; else { sortBy = key; descending = key !== 'actor'; }
        renderRankings();
      });
      return th;
    }
    var table = h('table', { class: 'clout-rank' },
      h('thead', null, h('tr', null, h('th', null, W.rank), header('actor', W.actor, false),
        data.measures.map(function (m) { return header(m, W[m], true); }))),
      h('tbody', null, rows.map(function (i, n) {
        var e = data.entities[i];
        return h('tr', { 'data-entity': e.id, onclick: function () { selectEntity(e.id, true); } },
          h('td', null, String(n + 1)), h('td', null, e.label),
          data.measures.map(function (m) { return h('td', { class: 'num' }, fmt(data.scores[m][i])); }));
      })));
    rankings.replaceChildren(h('p', { class: 'clout-hint' }, W.rankingsHint), table,
      h('p', { class: 'clout-meta' }, data.measures.map(function (m) { return h('div', null, h('b', null, W[m]), ': ' + W[m + 'Help']); })));
  }
  renderRankings();

  // ---- stories ---------------------------------------------------------------------------------
  var player = document.getElementById('story');
  var playing = null;
  function renderPlayer() {
    player.replaceChildren();
    player.hidden = !data.stories.length;
    if (!data.stories.length) return;
    var select = h('select', { 'aria-label': W.stories, onchange: function () { if (select.value) play(select.value, 0); else stop(); } },
      h('option', { value: '' }, W.chooseStory),
      data.stories.map(function (s) { return h('option', { value: s.id }, s.title); }));
    if (!playing) { player.appendChild(h('div', { class: 'clout-story-head' }, h('span', { class: 'clout-story-title' }, W.stories), select)); return; }
    select.value = playing.story.id;
    var steps = playing.story.steps;
    var step = steps[playing.step];
    player.setAttribute('data-story', playing.story.id);
    player.setAttribute('data-step', String(playing.step + 1));
    player.appendChild(h('div', { class: 'clout-story-head' },
      select,
      h('span', { class: 'clout-count' }, W.step + ' ' + (playing.step + 1) + ' ' + W.of + ' ' + steps.length),
      h('button', { type: 'button', 'data-action': 'prev', disabled: playing.step === 0, onclick: function () { play(playing.story.id, playing.step - 1); } }, '◀ ' + W.prev),
      h('button', { type: 'button', 'data-action': 'next', disabled: playing.step === steps.length - 1, onclick: function () { play(playing.story.id, playing.step + 1); } }, W.next + ' ▶'),
      h('button', { type: 'button', 'data-action': 'close', title: W.close, onclick: stop }, '×')));
    player.appendChild(h('p', { class: 'clout-caption' }, step.caption));
  }
  /** Plays step `index` (0-based) of a story: highlights what it names and lists its evidence. */
  function play(storyId, index) {
    var story = data.stories.filter(function (s) { return s.id === storyId; })[0];
    if (!story) return;
    index = Math.max(0, Math.min(story.steps.length - 1, index || 0));
    playing = { story: story, step: index };
    var step = story.steps[index];
    var actors = step.actors.slice(), rels = step.relations.slice();
    if (step.chain) {
      step.chain.v.forEach(function (v) { if (actors.indexOf(v) < 0) actors.push(v); });
      step.chain.h.forEach(function (hop) { hop.r.forEach(function (r) { if (rels.indexOf(r) < 0) rels.push(r); }); });
    }
    rels.forEach(function (id) { var r = relation[id]; if (r) [r.from, r.to].forEach(function (v) { if (actors.indexOf(v) < 0) actors.push(v); }); });
    var chosen = [];
    actors.forEach(function (id) { if (nodeEl[id]) chosen.push(nodeEl[id]); });
    rels.forEach(function (id) { (edgeEl[id] || []).forEach(function (g) { chosen.push(g); }); });
    mark(actors, rels, chosen);
    current = { type: 'list', title: W.inStory + ' · ' + story.title, caption: step.caption, ids: rels };
    render(current);
    openTab('card');
    renderPlayer();
    var targets = actors.map(function (id) { return nodeEl[id]; }).filter(Boolean);
    if (targets.length) show(targets);
  }
  function stop() { playing = null; player.removeAttribute('data-story'); player.removeAttribute('data-step'); clearMarks(); current = null; renderHint(); renderPlayer(); fit(); }

  // ---- tabs, header, start -----------------------------------------------------------------------
  var tabNav = document.getElementById('clout-tabs');
  var tabs = [
    { name: 'card', label: W.tabCard, panel: card },
    { name: 'filters', label: W.tabFilters, panel: filters },
    { name: 'rankings', label: W.tabRankings, panel: rankings }
  ];
  tabs.forEach(function (t) {
    t.button = h('button', { type: 'button', 'data-tab': t.name, onclick: function () { openTab(t.name); } }, t.label);
    tabNav.appendChild(t.button);
  });
  document.getElementById('clout-subtitle').textContent = [
    data.entities.length + ' ' + W.actors, data.relations.length + ' ' + W.relationsCount,
    Object.keys(data.sources).length + ' ' + W.sources, data.stories.length ? data.stories.length + ' ' + W.storiesCount : null
  ].filter(Boolean).join(' · ');
  openTab('card');
  renderHint();
  renderPlayer();
  refresh();
  fit();

  /** For automation and embedding (docs/REPORT.md). */
  window.cloutReport = {
    selectEntity: function (id) { selectEntity(id, true); },
    selectRelation: function (id) { selectRelation(id, true); },
    search: function (q) { return find(q); },
    setAsOf: setAsOf,
    playStory: function (id, step) { play(id, (step || 1) - 1); },
    stopStory: stop,
    fit: fit,
    isVisible: function (relationId) { return visible[relationId] !== false; }
  };
})();
