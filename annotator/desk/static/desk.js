// annotator desk: keyboard labelling. Keys come from the page's field list (built from the schema).
(function () {
  "use strict";
  var form = document.getElementById("label-form");
  if (!form) return;
  var fields = JSON.parse(document.getElementById("desk-fields").textContent);
  var skipForm = document.getElementById("skip-form");
  var reason = document.getElementById("skip-reason");
  var missing = document.getElementById("missing");
  var dialog = document.getElementById("doc");
  var digitFields = fields.filter(function (f) { return f.digit; });
  var active = null;
  var sent = false;

  function box(key) { return form.querySelector('fieldset[data-key="' + key + '"]'); }
  function value(key) {
    var c = form.querySelector('input[name="f_' + key + '"]:checked');
    return c ? c.value : null;
  }
  function choose(key, v) {
    var inputs = form.querySelectorAll('input[name="f_' + key + '"]');
    for (var i = 0; i < inputs.length; i++) {
      if (inputs[i].value === v) { inputs[i].checked = true; }
    }
  }
  function firstOpenDigit(after) {
    var start = after ? digitFields.indexOf(after) + 1 : 0;
    for (var i = start; i < digitFields.length; i++) {
      if (!value(digitFields[i].key)) return digitFields[i];
    }
    return null;
  }
  function setActive(f) {
    if (active) box(active.key).classList.remove("active");
    active = f;
    if (active) box(active.key).classList.add("active");
  }
  function submitLabels() {
    var gaps = fields.filter(function (f) { return f.required && !f.text && !value(f.key); });
    if (gaps.length) {
      missing.textContent = "Still to answer: " + gaps.map(function (f) { return f.title; }).join("; ");
      return;
    }
    if (sent) return;
    sent = true;
    form.submit();
  }
  function openSkip() {
    skipForm.hidden = false;
    reason.focus();
  }
  function toggleDocument() {
    if (dialog.open) { dialog.close(); return; }
    if (!dialog.dataset.loaded) {
      fetch(dialog.dataset.src, { credentials: "same-origin" })
        .then(function (r) { return r.text(); })
        .then(function (html) {
          dialog.innerHTML = html;
          dialog.dataset.loaded = "1";
          var here = document.getElementById("here");
          if (here) here.scrollIntoView({ block: "center" });
        });
    }
    dialog.showModal();
  }
  function acceptSuggestion() {
    for (var i = 0; i < fields.length; i++) {
      var f = fields[i];
      if (f.sugg !== null && !value(f.key)) { choose(f.key, f.sugg); return; }
    }
  }
  setActive(firstOpenDigit(null));

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t.tagName === "TEXTAREA" || (t.tagName === "INPUT" && t.type === "text")) {
      if (e.key === "Escape") {
        e.preventDefault();
        t.blur();
        if (t === reason) { skipForm.hidden = true; }
      } else if (e.key === "Enter" && !e.shiftKey) {
        e.preventDefault();
        if (t === reason) {
          if (reason.value.trim() && !sent) { sent = true; skipForm.submit(); }
        } else {
          submitLabels();
        }
      }
      return;
    }
    if (dialog.open) {
      if (e.key === "w" || e.key === "W") { e.preventDefault(); dialog.close(); }
      return;
    }
    var k = e.key.length === 1 ? e.key.toUpperCase() : e.key;
    if (k === "Enter") { e.preventDefault(); submitLabels(); return; }
    if (k === "Tab" && digitFields.length) {
      e.preventDefault();
      var i = active ? digitFields.indexOf(active) : -1;
      var step = e.shiftKey ? -1 : 1;
      setActive(digitFields[(i + step + digitFields.length) % digitFields.length]);
      return;
    }
    if (/^[0-9]$/.test(k)) {
      var f = active || firstOpenDigit(null) || digitFields[digitFields.length - 1];
      if (f && f.keys[k] !== undefined) {
        e.preventDefault();
        choose(f.key, f.keys[k]);
        setActive(firstOpenDigit(f) || firstOpenDigit(null) || f);
      }
      return;
    }
    for (var j = 0; j < fields.length; j++) {
      var g = fields[j];
      if (!g.digit && g.keys[k] !== undefined) {
        e.preventDefault();
        choose(g.key, g.keys[k]);
        return;
      }
    }
    if (k === "S") { e.preventDefault(); openSkip(); }
    else if (k === "W") { e.preventDefault(); toggleDocument(); }
    else if (k === "G") { e.preventDefault(); acceptSuggestion(); }
    else if (k === "R") {
      var ta = form.querySelector("textarea");
      if (ta) { e.preventDefault(); ta.focus(); }
    }
  });
  form.addEventListener("change", function () { missing.textContent = ""; });
})();
