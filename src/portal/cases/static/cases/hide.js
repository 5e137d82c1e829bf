// "Hide screen": blank the page at once and leave it for the home page, replacing this
// page in the history so that Back does not bring the record up again. Without the
// script the button is a plain link to the home page.
(function () {
  "use strict";
  var button = document.getElementById("hide-screen");
  if (!button) { return; }
  button.addEventListener("click", function (event) {
    event.preventDefault();
    document.documentElement.classList.add("hidden-screen");
    document.body.replaceChildren();
    window.location.replace(button.getAttribute("href"));
  });
})();
