/* The site opened from a file (file://) instead of a web server. Pages live at stable folder
 * addresses (actors/<id>/, MkDocs' use_directory_urls), which a server answers with the
 * folder's index.html but a browser reading files shows as a folder listing. Here every link
 * to a folder of this site is pointed at its index.html (the address bar then shows
 * .../index.html, the same page), and a notice says what needs a server: the search and the
 * previews on hover, both of which fetch files, which browsers refuse to pages opened from
 * files. Over http(s) this script does nothing. The site's own script, no library. */
(function () {
  "use strict";
  if (location.protocol !== "file:") return;

  function toIndex(link) {
    var href = link.getAttribute("href");
    if (!href || href.charAt(0) === "#") return;
    var url;
    try {
      url = new URL(href, location.href);
    } catch (error) {
      return;
    }
    if (url.protocol !== "file:" || url.pathname.slice(-1) !== "/") return;
    url.pathname += "index.html";
    link.setAttribute("href", url.href);
  }

  document.querySelectorAll("a[href]").forEach(toIndex);
  /* Links added later (search results, a page's own script): fixed as they are followed. */
  document.addEventListener(
    "click",
    function (event) {
      var link = event.target.closest && event.target.closest("a[href]");
      if (link) toIndex(link);
    },
    true
  );

  var content = document.querySelector(".md-content__inner");
  if (!content) return;
  var notice = document.createElement("p");
  var command = document.createElement("code");
  notice.className = "file-notice";
  notice.setAttribute("role", "note");
  command.textContent = "python3 -m http.server";
  notice.append(
    "Opened from a file: pages and links work, but search and the previews of linked pages " +
      "may not. To use them, serve the site's folder (e.g. run ",
    command,
    " in it) and open http://127.0.0.1:8000/."
  );
  content.insertBefore(notice, content.firstChild);
})();
