/* Previews of linked actor, event and agreement pages on hover or keyboard focus: the linked
 * page's title and infobox, fetched from this same site (nothing from elsewhere) and cached.
 * The site's own script, no library; it works on any static server, at any path, with
 * directory URLs. Opened from file:// a browser refuses to fetch pages, so there are no
 * previews there, and links work as always. */
(function () {
  "use strict";
  if (location.protocol === "file:") return;
  var PAGE = /\/(actors|agreements|events)\/[^\/]+\/(index\.html)?$/;
  var DELAY = 250;
  var cache = {};
  var tip = null;
  var shownFor = null;
  var timer = null;

  function targetOf(link) {
    if (!link || link.closest(".entity-preview")) return null;
    var href = link.getAttribute("href");
    if (!href) return null;
    var url = new URL(href, location.href);
    if (url.origin !== location.origin || !PAGE.test(url.pathname)) return null;
    url.hash = "";
    url.search = "";
    return url.pathname === location.pathname ? null : url.href;
  }

  function absolutise(node, base) {
    node.querySelectorAll("a[href]").forEach(function (a) {
      a.setAttribute("href", new URL(a.getAttribute("href"), base).href);
    });
    return node;
  }

  function load(url) {
    if (!cache[url]) {
      cache[url] = fetch(url, { credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.text();
        })
        .then(function (text) {
          var doc = new DOMParser().parseFromString(text, "text/html");
          var heading = doc.querySelector("article h1");
          if (!heading) return null;
          var box = document.createElement("div");
          var title = document.createElement("p");
          title.className = "entity-preview__title";
          heading.querySelectorAll(".headerlink").forEach(function (a) {
            a.remove();
          });
          title.textContent = heading.textContent.trim();
          box.appendChild(title);
          var facts = doc.querySelector("article .infobox");
          if (facts) box.appendChild(absolutise(document.importNode(facts, true), url));
          return box;
        })
        .catch(function () {
          return null;
        });
    }
    return cache[url];
  }

  function hide() {
    clearTimeout(timer);
    if (tip) tip.hidden = true;
    if (shownFor) shownFor.removeAttribute("aria-describedby");
    shownFor = null;
  }

  function show(link, content) {
    if (!tip) {
      tip = document.createElement("div");
      tip.className = "entity-preview md-typeset";
      tip.id = "entity-preview";
      tip.setAttribute("role", "tooltip");
      tip.addEventListener("mouseleave", hide);
      document.body.appendChild(tip);
    }
    tip.replaceChildren(content.cloneNode(true));
    tip.hidden = false;
    link.setAttribute("aria-describedby", tip.id);
    shownFor = link;
    var rect = link.getBoundingClientRect();
    var width = Math.min(tip.offsetWidth, document.documentElement.clientWidth - 16);
    var left = Math.min(Math.max(8, rect.left), document.documentElement.clientWidth - width - 8);
    var below = rect.bottom + 8;
    var top = below + tip.offsetHeight > window.innerHeight && rect.top > tip.offsetHeight + 8
      ? rect.top - tip.offsetHeight - 8
      : below;
    tip.style.left = left + window.scrollX + "px";
    tip.style.top = top + window.scrollY + "px";
  }

  function start(event) {
    var link = event.target.closest && event.target.closest("a");
    var url = targetOf(link);
    if (!url || link === shownFor) return;
    clearTimeout(timer);
    timer = setTimeout(function () {
      load(url).then(function (content) {
        if (content && (link.matches(":hover") || link === document.activeElement)) {
          show(link, content);
        }
      });
    }, DELAY);
  }

  function stop(event) {
    var link = event.target.closest && event.target.closest("a");
    if (!link || !targetOf(link)) return;
    clearTimeout(timer);
    var into = event.relatedTarget;
    if (tip && into && tip.contains(into)) return;
    hide();
  }

  document.addEventListener("mouseover", start);
  document.addEventListener("focusin", start);
  document.addEventListener("mouseout", stop);
  document.addEventListener("focusout", stop);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") hide();
  });
})();
