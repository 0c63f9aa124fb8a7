// pdz serve: reload the page when the plan on disk changes (server-sent events).
// The page carries the generation it was made at; a different one means new files.
(function () {
  "use strict";
  var meta = document.querySelector('meta[name="pdz-generation"]');
  if (!meta || !window.EventSource) {
    return;
  }
  var shown = meta.getAttribute("content");
  var events = new EventSource("/events");
  events.addEventListener("generation", function (event) {
    if (event.data !== shown) {
      events.close();
      window.location.reload();
    }
  });
})();
