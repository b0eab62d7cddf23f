/* Timeline filters (timeline/ and timeline/undated/ pages): show the entries of one actor and/or one type.
 * The site's own script, no library. Without it the page lists every entry and the menus stay
 * hidden. The choice is kept in the address (?actor=iran&type=meeting), so actor pages can
 * link to their own view of the timeline and a filtered view can be shared. */
(function () {
  "use strict";
  var form = document.querySelector("form.timeline-filters");
  if (!form) return;
  var entries = Array.prototype.slice.call(document.querySelectorAll("li[data-actors]"));
  var output = form.querySelector("output");
  var undated = document.querySelector("a.timeline-undated");

  function apply() {
    var actor = form.elements.actor.value;
    var type = form.elements.type.value;
    var shown = 0;
    entries.forEach(function (li) {
      var match =
        (!actor || li.getAttribute("data-actors").split(" ").indexOf(actor) !== -1) &&
        (!type || li.getAttribute("data-type") === type);
      li.hidden = !match;
      if (match) shown += 1;
    });
    /* A month with nothing left: hide its heading and its list. */
    document.querySelectorAll("article h2").forEach(function (heading) {
      var list = heading.nextElementSibling;
      if (!list || list.tagName !== "UL") return;
      var any = list.querySelector("li[data-actors]:not([hidden])");
      heading.hidden = list.hidden = !any;
    });
    output.textContent =
      actor || type ? shown + " of " + entries.length + " shown" : entries.length + " entries";
    var params = new URLSearchParams();
    if (actor) params.set("actor", actor);
    if (type) params.set("type", type);
    var query = params.toString();
    history.replaceState(null, "", query ? "?" + query : location.pathname);
    /* The undated entries' page opens with the same choice. */
    if (undated) undated.search = query ? "?" + query : "";
  }

  var wanted = new URLSearchParams(location.search);
  ["actor", "type"].forEach(function (name) {
    var value = wanted.get(name);
    var select = form.elements[name];
    if (!value) return;
    if (!select.querySelector('option[value="' + CSS.escape(value) + '"]')) {
      /* Chosen on the other timeline page, with no entry here: say so, list nothing. */
      var option = document.createElement("option");
      option.value = value;
      option.textContent = "(none on this page)";
      select.appendChild(option);
    }
    select.value = value;
  });
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
  });
  form.hidden = false;
  apply();
})();
