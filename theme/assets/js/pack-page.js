// The course pack page: which cases, in which order, for which session and edition. Loaded by course-pack.js.
// State lives in the address (?cases=a,b&edition=trainer&title=…&date=…&group=…), so the shared link restores the
// same pack in a fresh browser; the selection is also this browser's saved pack (localStorage). Opening a shared link
// in a browser with no saved pack saves it there; where a different pack is saved, the shared one is shown without
// touching the saved one until the reader chooses to keep it. A link with no valid case ids (?cases=) changes nothing.
// The handout itself (cover page, full cases, teaching notes) is drawn by pack-document.js.

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TEXT_LIMIT = 120;

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children) node.append(child);
  return node;
}

const text = (value) => (value || "").trim().slice(0, TEXT_LIMIT);

export function coursePack(section, store, handout) {
  const labels = section.dataset;
  const lang = labels.lang;
  // "1 case", "2 cases": the language's plural rule picks the form (French counts 0 as singular, as CLDR says).
  const plural = new Intl.PluralRules(lang);
  const casesText = (n) => (plural.select(n) === "one" ? labels.labelCasesOne : labels.labelCasesOther).replace("{0}", String(n));
  const status = section.querySelector(".pack-status");
  const empty = section.querySelector(".pack-empty");
  const workspace = section.querySelector(".pack-workspace");
  const order = section.querySelector(".pack-order");
  const share = section.querySelector("#cl-pack-url");
  const notice = section.querySelector(".pack-shared");
  const fields = { title: section.querySelector("#cl-pack-title"), date: section.querySelector("#cl-pack-date"), group: section.querySelector("#cl-pack-group") };
  const editions = [...section.querySelectorAll("input[name='cl-pack-edition']")];
  const target = section.querySelector(".pack-document");
  const params = new URLSearchParams(location.search);
  const requested = store.clean((params.get("cases") || "").split(","));
  const edition = params.get("edition") === "trainer" || params.get("notes") === "1" ? "trainer" : "participant";
  for (const radio of editions) radio.checked = radio.value === edition;
  fields.title.value = text(params.get("title"));
  fields.group.value = text(params.get("group"));
  const date = params.get("date") || "";
  fields.date.value = DATE.test(date) ? date : "";

  let data = null;
  // The ids of a shared link while they are shown instead of (not saved over) this browser's own pack.
  let shared = null;
  const saved = () => store.load().filter((id) => data.has(id));
  const current = () => shared ?? saved();
  const settings = () => ({
    edition: editions.find((r) => r.checked)?.value ?? "participant",
    title: text(fields.title.value),
    date: DATE.test(fields.date.value) ? fields.date.value : "",
    group: text(fields.group.value),
  });
  const document_ = handout.packDocument(target, labels);

  const updateUrl = (ids) => {
    const url = new URL(location.href);
    const s = settings();
    const set = (name, value) => { if (value) url.searchParams.set(name, value); else url.searchParams.delete(name); };
    set("cases", ids.join(","));
    set("edition", s.edition === "trainer" ? "trainer" : "");
    url.searchParams.delete("notes");
    set("title", s.title);
    set("date", s.date);
    set("group", s.group);
    history.replaceState(null, "", url.pathname + url.search);
    share.value = url.href.replace(/%2C/g, ",");
  };

  const adoptLink = () => {
    const fromLink = requested.filter((id) => data.has(id));
    if (fromLink.length === 0) return;
    if (store.load().length === 0) store.save(fromLink);
    else if (fromLink.join(",") !== saved().join(",")) shared = fromLink;
  };

  const change = (ids) => { if (shared) shared = store.clean(ids); else store.save(ids); render(); };

  const move = (id, by, action) => {
    const ids = current();
    const from = ids.indexOf(id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= ids.length) return;
    ids.splice(from, 1);
    ids.splice(to, 0, id);
    change(ids);
    status.textContent = labels.labelMoved.replace("{0}", data.get(id).title).replace("{1}", String(to + 1)).replace("{2}", String(ids.length));
    // Keep the keyboard where it was: on the same button of the moved case, or its other arrow at either end.
    const row = [...order.children].find((li) => li.dataset.id === id);
    const button = row.querySelector(`button[data-action="${action}"]:not([disabled])`) ?? row.querySelector("button[data-action]:not([disabled])");
    button?.focus();
  };

  const orderRow = (id, index, count) => {
    const item = data.get(id);
    const hidden = () => element("span", { class: "visually-hidden" }, ": " + item.title);
    const up = element("button", { type: "button", "data-action": "up", disabled: index === 0 }, "↑ " + labels.labelUp, hidden());
    const down = element("button", { type: "button", "data-action": "down", disabled: index === count - 1 }, "↓ " + labels.labelDown, hidden());
    const remove = element("button", { type: "button", "data-action": "remove", class: "pack-remove" }, labels.labelRemove, hidden());
    up.addEventListener("click", () => move(id, -1, "up"));
    down.addEventListener("click", () => move(id, 1, "down"));
    remove.addEventListener("click", () => {
      change(current().filter((x) => x !== id));
      (order.querySelector("button:not([disabled])") ?? section.querySelector(".pack-empty a"))?.focus();
    });
    return element("li", { "data-id": id },
      element("a", { href: item.url, lang: item.lang === lang ? null : item.lang }, item.title),
      element("span", { class: "pack-order-actions" }, up, " ", down, " ", remove));
  };

  const render = () => {
    const ids = current();
    updateUrl(ids);
    notice.hidden = !shared;
    if (shared) notice.querySelector(".pack-shared-text").textContent = labels.labelShared.replace("{0}", casesText(shared.length)).replace("{1}", casesText(saved().length));
    status.textContent = ids.length === 0 ? labels.labelEmpty : labels.labelCount.replace("{0}", String(ids.length));
    empty.hidden = ids.length > 0;
    workspace.hidden = ids.length === 0;
    order.replaceChildren(...ids.map((id, index) => orderRow(id, index, ids.length)));
    document_.draw(ids.map((id) => data.get(id)), settings());
  };

  section.querySelector("#cl-pack-print").addEventListener("click", () => document_.ready().then(() => window.print()));
  section.querySelector("#cl-pack-clear").addEventListener("click", () => { change([]); section.querySelector(".pack-empty a")?.focus(); });
  section.querySelector("#cl-pack-keep").addEventListener("click", () => { store.save(shared); shared = null; render(); });
  section.querySelector("#cl-pack-saved").addEventListener("click", () => { shared = null; render(); });
  section.querySelector("#cl-pack-copy").addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(share.value);
      status.textContent = labels.labelCopied;
    } catch {
      share.select();
    }
  });
  for (const radio of editions) radio.addEventListener("change", render);
  for (const field of Object.values(fields)) field.addEventListener("input", () => { updateUrl(current()); document_.cover(settings()); });
  window.addEventListener("storage", (event) => { if (event.key === "caselib.coursePack" && data && !shared) render(); });

  fetch(labels.src)
    .then((response) => { if (!response.ok) throw new Error(String(response.status)); return response.json(); })
    .then((json) => {
      data = new Map(json.cases.map((item) => [item.id, item]));
      adoptLink();
      render();
    })
    .catch(() => { status.textContent = labels.labelEmpty; empty.hidden = false; });
}
