// CaseLibrary trainers' tools, loaded as an ES module on every page (no inline script: CSP script-src 'self').
// - "Add to course pack" toggle buttons (case pages, lists): the selection lives in localStorage, no account. Once
//   pressed, a toggle reads "Added · Remove"; the header's course pack link shows how many cases are in the pack.
//   A case page carries its button (hidden until this script shows it); a list's cards name their case in
//   data-pack and get their button from this script.
// - The course pack page (/<lang>/course-pack/) loads two more modules named on its section (their file names carry
//   a content hash, so they cannot be imported by name): pack-page.js (the trainer's choices) and pack-document.js
//   (the printable handout, built from the case and notes pages).
// - The licence filter on the list of cases (?licence=<SPDX id>): it filters the cards of the page shown and carries
//   the choice to the other pages of the list.
// Without JavaScript there are no buttons to see and the course pack page explains itself in a <noscript>.

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

const listeners = [];

function save(ids) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(clean(ids)));
  } catch {
    // storage full or disabled: the page still works for this visit
  }
  for (const listener of listeners) listener();
}

/** The header link: "Course pack" and, when it holds cases, their number. */
function headerCount() {
  const counts = document.querySelectorAll(".pack-link .pack-count");
  const sync = () => {
    const n = load().length;
    for (const count of counts) {
      count.textContent = String(n);
      count.hidden = n === 0;
    }
  };
  listeners.push(sync);
  sync();
  return sync;
}

/**
 * The cards of a list that a trainer can add (li.card[data-pack]) get their toggle here, not in the page: a list page
 * would otherwise carry a hidden button per card (about 220 bytes each) that only this script can use. The button
 * is named by the card's title for a screen reader ("Add to course pack: <title>").
 */
function cardButtons(labels) {
  if (!labels.labelAdd) return;
  for (const card of document.querySelectorAll("ul.cards > li.card[data-pack]")) {
    if (!ID.test(card.dataset.pack) || card.querySelector(":scope > .card-actions")) continue;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "pack-toggle";
    button.dataset.pack = card.dataset.pack;
    button.setAttribute("aria-pressed", "false");
    button.append(labels.labelAdd);
    const title = card.querySelector(".card-title")?.textContent.trim();
    if (title) {
      const name = document.createElement("span");
      name.className = "visually-hidden";
      name.textContent = ": " + title;
      button.append(name);
    }
    const actions = document.createElement("p");
    actions.className = "card-actions";
    actions.append(button);
    card.append(actions);
  }
}

function toggleButtons() {
  const labels = document.querySelector(".pack-link")?.dataset ?? {};
  cardButtons(labels);
  const buttons = document.querySelectorAll("button.pack-toggle[data-pack]");
  const pressedText = [labels.labelAdded, labels.labelRemove].filter(Boolean).join(" · ");
  const sync = () => {
    const chosen = new Set(load());
    for (const button of buttons) {
      const on = chosen.has(button.dataset.pack);
      button.setAttribute("aria-pressed", String(on));
      const text = button.firstChild;
      if (text && text.nodeType === Node.TEXT_NODE && pressedText) {
        button.dataset.labelOff ??= text.textContent;
        text.textContent = on ? pressedText : button.dataset.labelOff;
      }
    }
  };
  for (const button of buttons) {
    button.hidden = false;
    button.addEventListener("click", () => {
      const ids = load();
      const id = button.dataset.pack;
      save(ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]);
    });
  }
  listeners.push(sync);
  sync();
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

headerCount();
toggleButtons();
window.addEventListener("storage", (event) => { if (event.key === STORAGE_KEY) for (const listener of listeners) listener(); });
const pack = document.querySelector("section#cl-pack[data-src][data-page-module][data-document-module]");
if (pack) {
  Promise.all([import(pack.dataset.pageModule), import(pack.dataset.documentModule)])
    .then(([page, handout]) => page.coursePack(pack, { load, save, clean, listeners }, handout))
    .catch(() => { pack.querySelector(".pack-status").textContent = pack.dataset.labelEmpty; });
}
const filter = document.querySelector("form#cl-licence-filter");
if (filter) licenceFilter(filter);
