// CaseLibrary trainers' tools, loaded as an ES module on every page (no inline script: CSP script-src 'self').
// - "Add to course pack" toggle buttons (case pages, lists): the selection lives in localStorage, no account.
// - The course pack page (/<lang>/course-pack/): renders the chosen cases from cases.json in the page language;
//   the selection is shareable as ?cases=a,b. Opening such a link in a browser with no saved pack saves it there;
//   where a different pack is saved, the shared one is shown without touching the saved one until the reader
//   chooses to keep it. A link with no valid case ids (?cases=) changes nothing.
// - The licence filter on the list of cases (?licence=<SPDX id>): it filters the cards of the page shown and carries
//   the choice to the other pages of the list.
// Without JavaScript the buttons stay hidden and the course pack page explains itself in a <noscript>.

const STORAGE_KEY = "caselib.coursePack";
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function clean(ids) {
  const seen = new Set();
  return ids.filter((id) => typeof id === "string" && ID.test(id) && !seen.has(id) && seen.add(id));
}

function load() {
  try {
    const value = JSON.parse(localStorage.getItem(STORAGE_KEY) || "[]");
    return Array.isArray(value) ? clean(value) : [];
  } catch {
    return [];
  }
}

function save(ids) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(clean(ids)));
  } catch {
    // storage full or disabled: the page still works for this visit
  }
}

function toggleButtons() {
  const buttons = document.querySelectorAll("button.pack-toggle[data-pack]");
  const sync = () => {
    const chosen = new Set(load());
    for (const button of buttons) button.setAttribute("aria-pressed", String(chosen.has(button.dataset.pack)));
  };
  for (const button of buttons) {
    button.hidden = false;
    button.addEventListener("click", () => {
      const ids = load();
      const id = button.dataset.pack;
      save(ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]);
      sync();
    });
  }
  sync();
  window.addEventListener("storage", (event) => { if (event.key === STORAGE_KEY) sync(); });
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) node.setAttribute(name, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function list(tag, items) {
  return element(tag, {}, ...items.map((item) => element("li", {}, item)));
}

/** Teaching notes come from our own Markdown converter (no raw HTML from authors); ids are dropped so that two cases' notes cannot clash. */
function notesFragment(html, base) {
  const template = document.createElement("template");
  template.innerHTML = html;
  for (const link of template.content.querySelectorAll("a[href]:not([href^='#'])")) link.href = new URL(link.getAttribute("href"), base).href;
  for (const image of template.content.querySelectorAll("img[src]")) image.src = new URL(image.getAttribute("src"), base).href;
  for (const node of template.content.querySelectorAll("[id]")) node.removeAttribute("id");
  for (const link of template.content.querySelectorAll("a[href^='#']")) link.removeAttribute("href");
  for (const heading of template.content.querySelectorAll("h2, h3")) {
    const level = heading.tagName === "H2" ? "h4" : "h5";
    const replacement = element(level, {}, ...heading.childNodes);
    heading.replaceWith(replacement);
  }
  return template.content;
}

function coursePack(section) {
  const labels = section.dataset;
  const status = section.querySelector(".pack-status");
  const target = section.querySelector(".pack-cases");
  const controls = section.querySelector(".pack-controls");
  const includeNotes = section.querySelector("#cl-pack-notes");
  const share = section.querySelector("#cl-pack-url");
  const notice = section.querySelector(".pack-shared");
  const params = new URLSearchParams(location.search);
  const requested = clean((params.get("cases") || "").split(","));
  includeNotes.checked = params.get("notes") === "1";
  controls.hidden = false;
  let data = null;
  // The ids of a shared link while they are shown instead of (not saved over) this browser's own pack.
  let shared = null;

  const saved = () => load().filter((id) => data.has(id));
  const current = () => shared ?? saved();
  const change = (ids) => { if (shared) shared = clean(ids); else save(ids); render(); };

  const adoptLink = () => {
    const fromLink = requested.filter((id) => data.has(id));
    if (fromLink.length === 0) return;
    if (load().length === 0) save(fromLink);
    else if (fromLink.join(",") !== saved().join(",")) shared = fromLink;
  };

  const updateUrl = (ids) => {
    const url = new URL(location.href);
    if (ids.length > 0) url.searchParams.set("cases", ids.join(","));
    else url.searchParams.delete("cases");
    if (includeNotes.checked) url.searchParams.set("notes", "1");
    else url.searchParams.delete("notes");
    history.replaceState(null, "", url.pathname + url.search);
    share.value = url.href.replace(/%2C/g, ",");
  };

  const render = () => {
    const ids = current();
    updateUrl(ids);
    target.replaceChildren();
    notice.hidden = !shared;
    if (shared) notice.querySelector(".pack-shared-text").textContent = labels.labelShared.replace("{0}", String(shared.length)).replace("{1}", String(saved().length));
    status.textContent = ids.length === 0 ? labels.labelEmpty : labels.labelCount.replace("{0}", String(ids.length));
    for (const id of ids) {
      const item = data.get(id);
      const article = element("article", { class: "pack-case", lang: item.lang, "aria-labelledby": "cl-pack-case-" + id });
      article.append(element("h2", { id: "cl-pack-case-" + id }, element("a", { href: item.url }, item.title)));
      article.append(element("p", { class: "lede" }, item.summary));
      if (item.objectives.length > 0) article.append(element("section", { class: "objectives" }, element("h3", {}, labels.labelObjectives), list("ul", item.objectives)));
      if (item.questions.length > 0) article.append(element("section", { class: "questions" }, element("h3", {}, labels.labelQuestions), list("ol", item.questions)));
      if (includeNotes.checked && item.notesHtml) {
        article.append(element("section", { class: "pack-notes" }, element("h3", {}, labels.labelNotes), element("div", { class: "prose" }, notesFragment(item.notesHtml, new URL(item.notesUrl, location.href)))));
      }
      article.append(element("p", { class: "licence-note" }, labels.labelLicence + ": ", element("a", { href: item.licenceUrl, rel: "license" }, item.licence)));
      article.append(element("p", { class: "citation" }, labels.labelCite + ": " + item.citation));
      const remove = element("button", { type: "button", class: "pack-remove" }, labels.labelRemove, element("span", { class: "visually-hidden" }, ": " + item.title));
      remove.addEventListener("click", () => change(current().filter((x) => x !== id)));
      article.append(element("p", { class: "pack-actions" }, remove, " ", element("a", { href: item.url }, labels.labelOpen)));
      target.append(article);
    }
  };

  section.querySelector("#cl-pack-print").addEventListener("click", () => window.print());
  section.querySelector("#cl-pack-clear").addEventListener("click", () => change([]));
  section.querySelector("#cl-pack-keep").addEventListener("click", () => { save(shared); shared = null; render(); });
  section.querySelector("#cl-pack-saved").addEventListener("click", () => { shared = null; render(); });
  section.querySelector("#cl-pack-copy").addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(share.value);
      status.textContent = labels.labelCopied;
    } catch {
      share.select();
    }
  });
  includeNotes.addEventListener("change", () => render());
  window.addEventListener("storage", (event) => { if (event.key === STORAGE_KEY && data && !shared) render(); });

  fetch(section.dataset.src)
    .then((response) => { if (!response.ok) throw new Error(String(response.status)); return response.json(); })
    .then((json) => {
      data = new Map(json.cases.map((item) => [item.id, item]));
      adoptLink();
      render();
    })
    .catch(() => { status.textContent = labels.labelEmpty; });
}

function licenceFilter(form) {
  const select = form.querySelector("select");
  const status = document.querySelector(".licence-status");
  const cards = [...document.querySelectorAll(".cards > li.card[data-licence]")];
  const template = form.dataset.shown || "";
  const apply = () => {
    const licence = select.value;
    let shown = 0;
    for (const card of cards) {
      card.hidden = licence !== "" && card.dataset.licence !== licence;
      if (!card.hidden) shown++;
    }
    if (status) status.textContent = licence === "" ? "" : template.replace("{0}", String(shown)).replace("{1}", String(cards.length));
    const url = new URL(location.href);
    if (licence === "") url.searchParams.delete("licence");
    else url.searchParams.set("licence", licence);
    history.replaceState(null, "", url.pathname + url.search);
    // The list is paginated and the filter sees one page: the other pages keep the chosen licence.
    for (const link of document.querySelectorAll("nav.pagination a[href]")) {
      const target = new URL(link.href, location.href);
      if (licence === "") target.searchParams.delete("licence");
      else target.searchParams.set("licence", licence);
      link.setAttribute("href", target.pathname + target.search);
    }
  };
  const wanted = new URLSearchParams(location.search).get("licence");
  if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  form.hidden = false;
  form.addEventListener("submit", (event) => { event.preventDefault(); apply(); });
  select.addEventListener("change", apply);
  apply();
}

toggleButtons();
const pack = document.querySelector("section#cl-pack[data-src]");
if (pack) coursePack(pack);
const filter = document.querySelector("form#cl-licence-filter");
if (filter) licenceFilter(filter);
