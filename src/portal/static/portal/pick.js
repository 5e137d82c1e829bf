// The search box of the guided questions: as a person types a name, offer the people
// they may name (the server decides who that is). Without this script the box still
// works: the server resolves what was typed and lists the candidates if it is unclear.
(function () {
  "use strict";
  var list = document.getElementById("people-found");
  if (!list) { return; }
  var url = list.getAttribute("data-url");
  var timer = null;
  var asked = 0;
  function offered(text) {
    return Array.prototype.some.call(list.options, function (o) { return o.value === text; });
  }
  function search(text) {
    if (text.length < 2) { return; }
    // Only the latest search fills the list: under load an earlier answer can come last.
    var mine = ++asked;
    fetch(url + "?q=" + encodeURIComponent(text), { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : { people: [] }; })
      .then(function (data) {
        if (mine !== asked) { return; }
        list.replaceChildren();
        data.people.forEach(function (person) {
          var option = document.createElement("option");
          option.value = person.label;
          list.appendChild(option);
        });
      })
      .catch(function () { /* offline: typing still works */ });
  }
  document.querySelectorAll("[data-pick=people]").forEach(function (input) {
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var text = input.value.split("\n").pop().trim();
      // A suggestion was chosen: keep the list as it is. Searching for "Name (id)" finds
      // nobody, and emptying the list then would undo the choice before its change event.
      if (offered(text)) { asked++; return; }
      timer = setTimeout(function () { search(text); }, 200);
    });
  });
})();
// A search box that adds the chosen person to a list (one a line) in another field.
(function () {
  "use strict";
  document.querySelectorAll("[data-append-to]").forEach(function (input) {
    var target = document.getElementById(input.getAttribute("data-append-to"));
    var list = document.getElementById(input.getAttribute("list"));
    if (!target || !list) { return; }
    input.addEventListener("change", function () {
      var chosen = Array.prototype.some.call(list.options, function (o) {
        return o.value === input.value;
      });
      if (!chosen) { return; }
      target.value = (target.value.trim() ? target.value.trim() + "\n" : "") + input.value;
      input.value = "";
    });
  });
})();
