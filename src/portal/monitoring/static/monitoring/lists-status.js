// Asks again for the lists' status box until every change is live (or cannot be).
(function () {
  var box = document.getElementById("lists-status");
  if (!box || box.querySelector("[data-finished]")) { return; }
  var url = box.getAttribute("data-refresh");
  function poll() {
    fetch(url, {credentials: "same-origin"}).then(function (response) {
      return response.text();
    }).then(function (html) {
      box.innerHTML = html;
      if (!box.querySelector("[data-finished]")) { setTimeout(poll, 1000); }
    }).catch(function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 1000);
})();
