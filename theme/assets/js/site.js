// CaseLibrary: small page helpers, no dependencies, no inline code (the pages' CSP allows only 'self' scripts).
// 1. A case's table of contents marks the section being read (aria-current="location").
// 2. The language chooser and the 404 page speak the visitor's language: the language in the address, else the first
//    of navigator.languages the site has, else the site's default. These two pages load this file synchronously right
//    after their content (the 404 page: after its footer), so the choice is made before the first paint and nothing
//    moves (no layout shift). On the 404 page the whole page follows: the header (menu, search box) and footer of the
//    language shown replace the default language's (the page carries them in <template> elements), and its title.
// 3. A case's "Copy citation" button (hidden without JavaScript or a clipboard) copies the reference shown above it:
//    as plain text, and as HTML too where the browser can, so a word processor keeps the title in italics.
(function () {
  "use strict";

  function siteLanguages(items) {
    return Array.prototype.map.call(items, function (item) { return item.getAttribute("data-lang"); });
  }

  // The visitor's language among the site's: the first path segment after the site's base that is a language
  // (a 404 for /fr/cases/missing/), else navigator.languages in order ("fr-BE" matches "fr"), else null.
  function preferredLanguage(available) {
    var segments = location.pathname.split("/").filter(Boolean);
    for (var i = 0; i < segments.length && i < 3; i++) {
      if (available.indexOf(segments[i]) >= 0) return segments[i];
    }
    var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
    for (var j = 0; j < wanted.length; j++) {
      var code = String(wanted[j] || "").toLowerCase();
      if (available.indexOf(code) >= 0) return code;
      var base = code.split("-")[0];
      if (available.indexOf(base) >= 0) return base;
    }
    return null;
  }

  // The words of the missing address, for the 404 page's search: /fr/cases/faute-de-frappe/ → "faute de frappe".
  function missingWords(available) {
    var segments = location.pathname.split("/").filter(Boolean).filter(function (s) {
      return available.indexOf(s) < 0 && s !== "cases" && s !== "index.html" && s !== "404.html";
    });
    var last = segments.length ? segments[segments.length - 1] : "";
    try { last = decodeURIComponent(last); } catch (e) { /* keep it as it is */ }
    return last.replace(/\.html?$/i, "").replace(/[-_+.]+/g, " ").trim().slice(0, 80);
  }

  function notFound(section) {
    var blocks = section.querySelectorAll(".not-found-lang");
    var available = siteLanguages(blocks);
    var lang = preferredLanguage(available) || available[0];
    var words = missingWords(available);
    Array.prototype.forEach.call(blocks, function (block) {
      var mine = block.getAttribute("data-lang") === lang;
      block.hidden = !mine;
      if (mine) {
        section.insertBefore(block, section.firstChild);
        var input = block.querySelector("[data-missing-words]");
        if (input && words) input.value = words;
        if (!chrome(lang)) {
          var header = document.querySelector("form.site-search");
          var own = block.querySelector("form.not-found-search");
          if (header && own) headerSearch(header, own, lang);
        }
      }
    });
    document.documentElement.lang = lang;
  }

  // The 404 page in another language than the default: that language's own skip link, header and footer (what stands
  // before and after <main>, in <template data-chrome-lang> elements) replace the default's; false when the page has none.
  function chrome(lang) {
    var main = document.querySelector("main");
    var parts = document.querySelectorAll('template[data-chrome-lang="' + lang + '"]');
    if (!main || parts.length === 0) return false;
    Array.prototype.forEach.call(parts, function (part) {
      var before = part.getAttribute("data-chrome") === "before";
      var old = [];
      for (var n = before ? main.previousSibling : main.nextSibling; n; n = before ? n.previousSibling : n.nextSibling) {
        if (n.nodeName !== "SCRIPT") old.push(n);
      }
      old.forEach(function (node) { node.parentNode.removeChild(node); });
      main.parentNode.insertBefore(document.importNode(part.content, true), before ? main : main.nextSibling);
      if (part.hasAttribute("data-title")) document.title = part.getAttribute("data-title");
    });
    return true;
  }

  // The header's search box on the 404 page searches the language shown: its form, words and (for search-box.js,
  // which runs later: it is deferred) the box data it loads (the panel's index, labels and names) and its worker (which
  // carries the language's stemmer) become that language's.
  function headerSearch(header, own, lang) {
    header.setAttribute("action", own.getAttribute("action"));
    header.setAttribute("lang", lang);
    if (header.hasAttribute("data-box") && own.hasAttribute("data-box")) header.setAttribute("data-box", own.getAttribute("data-box"));
    if (header.hasAttribute("data-worker") && own.hasAttribute("data-worker")) header.setAttribute("data-worker", own.getAttribute("data-worker"));
    var input = header.querySelector("input[name=q]");
    if (input) input.placeholder = own.getAttribute("data-placeholder") || input.placeholder;
    var label = header.querySelector("label");
    var ownLabel = own.querySelector("label");
    if (label && ownLabel) label.textContent = ownLabel.textContent;
    var button = header.querySelector("button[type=submit]");
    var ownButton = own.querySelector("button[type=submit]");
    if (button && ownButton) button.textContent = ownButton.textContent;
  }

  function chooser(section) {
    var list = section.querySelector(".choices");
    if (!list) return;
    var items = list.querySelectorAll("li[data-lang]");
    var lang = preferredLanguage(siteLanguages(items));
    if (!lang) return;
    var item = list.querySelector('li[data-lang="' + lang + '"]');
    if (!item) return;
    list.insertBefore(item, list.firstChild);
    item.classList.add("suggested");
    var cont = item.querySelector(".choice-continue");
    if (cont) cont.hidden = false;
    var h1 = section.querySelector("h1");
    var intro = section.querySelector(".lede");
    var h2 = section.querySelector("h2");
    if (h1) h1.textContent = item.getAttribute("data-title");
    if (intro) intro.textContent = item.getAttribute("data-intro");
    if (h2) h2.textContent = item.getAttribute("data-heading");
    section.setAttribute("lang", lang);
  }

  // Marks the entry of the section whose heading was passed last while reading down the page.
  function tableOfContents(nav) {
    if (!("IntersectionObserver" in window)) return;
    var links = {};
    var headings = [];
    Array.prototype.forEach.call(nav.querySelectorAll('a[href^="#"]'), function (link) {
      var id = decodeURIComponent(link.getAttribute("href").slice(1));
      var heading = document.getElementById(id);
      if (!heading) return;
      links[id] = link;
      headings.push(heading);
    });
    if (!headings.length) return;
    var visible = {};
    var current = null;

    function mark(id) {
      if (id === current) return;
      if (current && links[current]) links[current].removeAttribute("aria-current");
      current = id;
      if (id && links[id]) links[id].setAttribute("aria-current", "location");
    }

    function update() {
      // The first heading in view; when none is, the last one above the top of the window.
      var chosen = null;
      for (var i = 0; i < headings.length; i++) {
        if (visible[headings[i].id]) { chosen = headings[i].id; break; }
      }
      if (!chosen) {
        for (var k = headings.length - 1; k >= 0; k--) {
          if (headings[k].getBoundingClientRect().top < 0) { chosen = headings[k].id; break; }
        }
      }
      mark(chosen);
    }

    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) { visible[entry.target.id] = entry.isIntersecting; });
      update();
    }, { rootMargin: "0px 0px -55% 0px" });
    headings.forEach(function (heading) { observer.observe(heading); });
  }

  function copyCitation(box) {
    var button = box.querySelector("button");
    var status = box.querySelector(".cite-copy-status");
    var section = box.parentNode;
    var reference = section && section.querySelector(".citation");
    if (!button || !status || !reference || !navigator.clipboard || !navigator.clipboard.writeText) return;
    box.hidden = false;
    button.addEventListener("click", function () {
      var text = reference.textContent.replace(/\s+/g, " ").trim();
      var copied;
      if (window.ClipboardItem && navigator.clipboard.write) {
        var html = "<p>" + reference.innerHTML + "</p>";
        copied = navigator.clipboard.write([new ClipboardItem({
          "text/plain": new Blob([text], { type: "text/plain" }),
          "text/html": new Blob([html], { type: "text/html" })
        })]).catch(function () { return navigator.clipboard.writeText(text); });
      } else {
        copied = navigator.clipboard.writeText(text);
      }
      copied.then(function () {
        status.textContent = button.getAttribute("data-copied");
      }, function () {
        // No permission: select the reference so that the reader's own copy command takes it.
        var range = document.createRange();
        range.selectNodeContents(reference);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        status.textContent = button.getAttribute("data-failed");
      });
    });
  }

  var missing = document.getElementById("cl-not-found");
  if (missing) notFound(missing);
  var choose = document.getElementById("cl-chooser");
  if (choose) chooser(choose);
  var toc = document.getElementById("cl-toc");
  if (toc) tableOfContents(toc);
  Array.prototype.forEach.call(document.querySelectorAll(".cite-copy"), copyCitation);
  // The phone's menu closes when a tap lands outside it, or on Escape, as a menu does (the focus goes back to its button).
  var menu = document.querySelector("details.site-menu");
  if (menu) {
    document.addEventListener("click", function (event) {
      if (menu.open && !menu.contains(event.target)) menu.open = false;
    });
    menu.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || !menu.open) return;
      menu.open = false;
      menu.querySelector("summary").focus();
    });
  }
})();
