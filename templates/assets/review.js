/* The editors' review pages (review/, generator/render/review_pages.py) in the colour scheme the
 * reader chose on the site: mkdocs-material keeps that choice in localStorage under the site's
 * path followed by ".__palette" (its __md_get); this script sits in assets/, one folder below
 * the site's root. Run in the head, before the page is drawn; light otherwise, as the site.
 * The site's own script, no library. */
(function () {
  "use strict";
  try {
    var root = new URL("..", document.currentScript.src).pathname;
    var palette = JSON.parse(localStorage.getItem(root + ".__palette"));
    if (palette && palette.color && palette.color.scheme === "slate") {
      document.documentElement.setAttribute("data-scheme", "slate");
    }
  } catch (error) {
    /* no storage (a file:// page, privacy settings): light, as the site */
  }
})();
