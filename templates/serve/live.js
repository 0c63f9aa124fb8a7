// pdz serve: reload the page when the plan on disk changes.
// The page carries the generation it was made at and asks the server for the current one
// twice a second: a tiny request, no connection kept open, so any number of tabs can
// follow the plan without taking the few connections a browser keeps to one server.
// Hidden tabs ask as often as the browser lets their timers run; the first tab to see a
// new generation tells the others at once (BroadcastChannel, this server's tabs only).
(function () {
  "use strict";
  var meta = document.querySelector('meta[name="pdz-generation"]');
  if (!meta || !window.fetch) {
    return;
  }
  var shown = meta.getAttribute("content");
  var channel = window.BroadcastChannel ? new window.BroadcastChannel("pdz-generation") : null;
  var asking = false;
  var leaving = false;
  function follow(generation) {
    if (!leaving && generation !== shown) {
      leaving = true;
      window.location.reload();
    }
  }
  function ask() {
    if (asking || leaving) {
      return;
    }
    asking = true;
    fetch("/generation", { cache: "no-store" })
      .then(function (answer) {
        return answer.ok ? answer.text() : null;
      })
      .then(function (generation) {
        asking = false;
        if (generation === null) {
          return;
        }
        generation = generation.trim();
        if (generation !== shown && channel) {
          channel.postMessage(generation);
        }
        follow(generation);
      })
      .catch(function () {
        // The server stopped or restarts: ask again at the next tick.
        asking = false;
      });
  }
  if (channel) {
    channel.onmessage = function (event) {
      if (typeof event.data === "string") {
        follow(event.data);
      }
    };
  }
  window.setInterval(ask, 500);
  document.addEventListener("visibilitychange", ask);
  window.addEventListener("pageshow", ask);
})();
