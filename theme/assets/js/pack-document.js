// The printable course pack: a cover page (session, date, group, edition, running order, competences covered), then
// each chosen case in full, and in the trainer edition its teaching notes. The full texts come from the site's own
// pages, fetched from this origin (the Content-Security-Policy's connect-src 'self' allows it) and parsed with
// DOMParser (which runs nothing): the article of each case page and of its notes page, so the pack prints exactly
// what the site publishes and cases.json stays a small index. Loaded by course-pack.js for pack-page.js.

const parsed = new Map(); // page URL → Promise<Document | null>, shared by every redraw of this visit

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children) node.append(child);
  return node;
}

function page(url) {
  if (!parsed.has(url)) {
    parsed.set(url, fetch(url)
      .then((response) => (response.ok ? response.text() : null))
      .then((html) => (html === null ? null : new DOMParser().parseFromString(html, "text/html")))
      .catch(() => null));
  }
  return parsed.get(url);
}

function languageName(code, lang) {
  try {
    return new Intl.DisplayNames([lang], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

function formatDate(iso, lang) {
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(new Date(iso + "T00:00:00Z"));
  } catch {
    return iso;
  }
}

/** A CSS string literal (for the running header's content). */
const cssString = (value) => '"' + value.replace(/[\\"]/g, "\\$&").replace(/[\n\r\f]/g, " ") + '"';

/**
 * A copy of part of a fetched page, made safe to sit with other cases on one page: nothing that runs or asks for
 * input, ids prefixed (two cases may both have #context or footnote 1) with their in-page links, links to this site
 * kept as paths (so print does not spell out internal addresses) and relative addresses resolved against the page.
 */
function adopt(node, base, prefix, demote) {
  const copy = document.importNode(node, true);
  for (const unwanted of copy.querySelectorAll("script, style, noscript, iframe, object, embed, form, button, input, select, textarea, .downloads")) unwanted.remove();
  for (const withId of copy.querySelectorAll("[id]")) withId.id = prefix + withId.id;
  for (const name of ["aria-labelledby", "aria-describedby", "for"]) {
    for (const ref of copy.querySelectorAll(`[${name}]`)) ref.setAttribute(name, ref.getAttribute(name).split(/\s+/).map((id) => prefix + id).join(" "));
  }
  const resolve = (value) => {
    const url = new URL(value, base);
    return url.origin === location.origin ? url.pathname + url.search + url.hash : url.href;
  };
  for (const link of copy.querySelectorAll("a[href]")) {
    const href = link.getAttribute("href");
    link.setAttribute("href", href.startsWith("#") ? "#" + prefix + href.slice(1) : resolve(href));
  }
  for (const image of copy.querySelectorAll("img[src]")) image.setAttribute("src", resolve(image.getAttribute("src")));
  for (const image of copy.querySelectorAll("img[srcset]")) image.removeAttribute("srcset");
  if (demote > 0) {
    for (const heading of [...copy.querySelectorAll("h1, h2, h3, h4, h5, h6")]) {
      const level = Math.min(6, Number(heading.tagName[1]) + demote);
      const replacement = element("h" + level);
      for (const attribute of heading.attributes) replacement.setAttribute(attribute.name, attribute.value);
      replacement.append(...heading.childNodes);
      heading.replaceWith(replacement);
    }
  }
  return copy;
}

function notice(text, lang) {
  return element("p", { class: "notice", role: "note", lang }, text);
}

export function packDocument(target, labels) {
  const lang = labels.lang;
  const sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  let generation = 0;
  let done = Promise.resolve();
  let items = [];

  const cover = (settings) => {
    if (items.length === 0) return;
    const title = settings.title || labels.labelHeading;
    // The running header of every printed page but the cover (CSS @page margin boxes; Chromium 131 and later).
    sheet.replaceSync(`@page { @top-center { content: ${cssString(title)}; } } @page :first { @top-center { content: none; } }`);
    const meta = [settings.date ? formatDate(settings.date, labels.locale || lang) : "", settings.group ? labels.labelGroup + ": " + settings.group : ""].filter(Boolean).join(" · ");
    const competences = new Map();
    for (const item of items) for (const c of item.competences ?? []) competences.set(c.id, c);
    const section = element("section", { class: "pack-cover", "aria-labelledby": "cl-pack-cover-title" },
      element("p", { class: "eyebrow" }, settings.edition === "trainer" ? labels.labelTrainer : labels.labelParticipant),
      element("h2", { id: "cl-pack-cover-title" }, title),
      meta ? element("p", { class: "pack-cover-meta" }, meta) : "",
      element("h3", {}, labels.labelOrder),
      element("ol", {}, ...items.map((item) => element("li", { lang: item.lang === lang ? null : item.lang }, item.title))),
      competences.size === 0 ? "" : element("h3", {}, labels.labelCovered),
      competences.size === 0 ? "" : element("ul", { class: "pack-competences" },
        ...[...competences.values()].sort((a, b) => a.number - b.number).map((c) => element("li", {}, `${c.number} · ${c.name}`))));
    const old = target.querySelector(".pack-cover");
    if (old) old.replaceWith(section);
    else target.prepend(section);
  };

  const placeholder = (item, message) => element("article", { class: "pack-case", lang: item.lang, "aria-labelledby": `cl-pack-case-${item.id}` },
    element("h2", { id: `cl-pack-case-${item.id}` }, item.title),
    element("p", { class: "lede" }, item.summary),
    element("p", { class: "pack-loading", lang }, message, " ", message === labels.labelFailed ? element("a", { href: item.url }, labels.labelOpen) : ""));

  const caseArticle = (item, doc) => {
    const source = doc?.querySelector("article.case");
    if (!source) return placeholder(item, labels.labelFailed);
    const base = new URL(item.url, location.href);
    // Case ids never hold "--", so no two cases' prefixed ids can meet; theme ids ("cl-…") stay out of heading ids.
    const prefix = `cl-pack-${item.id}--`;
    const article = element("article", { class: "pack-case", lang: item.lang, "aria-labelledby": `cl-pack-case-${item.id}` },
      element("h2", { id: `cl-pack-case-${item.id}` }, source.querySelector("h1")?.textContent ?? item.title));
    if (item.lang !== lang) article.append(notice(labels.labelNotTranslated, lang));
    const take = (selector, demote, className) => {
      const part = source.querySelector(selector);
      if (!part) return;
      const copy = adopt(part, base, prefix, demote);
      if (className) copy.classList.add(className);
      article.append(copy);
    };
    take(".case-header .lede", 0);
    take(".case-header .provenance", 0);
    take(".case-meta dl", 0, "pack-meta");
    take(".case-main > .objectives", 1);
    take(".case-main > .prose", 1);
    take(".case-main > .questions", 1);
    take(".case-end .citation", 0);
    take(".case-end .licence-note", 0);
    return article;
  };

  const notesSection = (item, doc) => {
    const prefix = `cl-notes-${item.id}--`;
    const section = element("section", { class: "pack-notes", "aria-labelledby": prefix + "heading" },
      element("h3", { id: prefix + "heading", lang }, `${labels.labelNotes}: `, element("span", { lang: item.lang }, item.title)));
    if (!item.notesUrl) {
      section.classList.add("pack-notes-none");
      section.append(element("p", { lang }, labels.labelNoNotes));
      return section;
    }
    const source = doc?.querySelector("article.notes");
    if (!source) {
      section.append(element("p", { lang }, labels.labelFailed, " ", element("a", { href: item.notesUrl }, item.notesUrl)));
      return section;
    }
    section.setAttribute("lang", item.notesLang);
    if (item.notesLang !== lang) {
      section.append(notice(labels.labelFallback.replace("{0}", languageName(item.notesLang, lang)).replace("{1}", languageName(lang, lang)), lang));
    }
    const base = new URL(item.notesUrl, location.href);
    for (const [selector, demote] of [[".case-meta dl", 0], [".case-main > .prose", 2]]) {
      const part = source.querySelector(selector);
      if (!part) continue;
      const copy = adopt(part, base, prefix, demote);
      if (copy.tagName === "DL") copy.classList.add("pack-meta");
      section.append(copy);
    }
    return section;
  };

  const draw = (chosen, settings) => {
    const mine = ++generation;
    items = chosen;
    target.replaceChildren();
    if (chosen.length === 0) {
      done = Promise.resolve();
      return;
    }
    target.setAttribute("aria-busy", "true");
    cover(settings);
    const slots = chosen.map((item) => {
      const slot = placeholder(item, labels.labelLoading);
      target.append(slot);
      return slot;
    });
    // Every case is drawn in one go once all have arrived: replacing the placeholders one by one as each page came in
    // moved the ones below on every arrival (a layout shift per case).
    done = Promise.all(chosen.map(async (item) => {
      const trainer = settings.edition === "trainer";
      const [caseDoc, notesDoc] = await Promise.all([page(item.url), trainer && item.notesUrl ? page(item.notesUrl) : null]);
      const article = caseArticle(item, caseDoc);
      if (trainer) article.append(notesSection(item, notesDoc));
      return article;
    })).then((articles) => {
      if (mine !== generation) return;
      articles.forEach((article, index) => slots[index].replaceWith(article));
      target.removeAttribute("aria-busy");
    });
  };

  return { draw, cover, ready: () => done };
}
