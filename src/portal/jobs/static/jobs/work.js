// Refreshes the progress box of a piece of background work until it finishes.
(function () {
  var box = document.getElementById("work-status");
  if (!box) { return; }
  function poll() {
    var url = box.getAttribute("data-refresh");
    if (!url) { return; }
    fetch(url, {credentials: "same-origin"}).then(function (response) {
      return response.text();
    }).then(function (html) {
      box.innerHTML = html;
      if (box.querySelector("[data-finished]")) {
        box.removeAttribute("data-refresh");
      } else {
        setTimeout(poll, 1000);
      }
    }).catch(function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 1000);
})();
