/* Copy a read-only link field to the clipboard. Progressive enhancement: without this script the field is still
   there to select and copy by hand. Markup: a button (hidden until this runs) with data-copy-target="<input id>" and
   data-copy-status="<live region id>"; the polite live region holds, in data-copied, the words to announce. */
(function () {
  "use strict";

  function fallbackCopy(input) {
    input.focus();
    input.select();
    try {
      return document.execCommand("copy");
    } catch (error) {
      return false;
    }
  }

  function announce(status) {
    if (!status) return;
    status.textContent = "";
    // A fresh text node after a tick, so screen readers announce the same words again on a second copy.
    window.setTimeout(function () { status.textContent = status.getAttribute("data-copied") || ""; }, 50);
  }

  function copy(button) {
    var input = document.getElementById(button.getAttribute("data-copy-target"));
    if (!input) return;
    var status = document.getElementById(button.getAttribute("data-copy-status"));
    var done = function () { button.setAttribute("data-copied", "true"); announce(status); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(input.value).then(done, function () { if (fallbackCopy(input)) done(); });
    } else if (fallbackCopy(input)) {
      done();
    }
  }

  document.querySelectorAll("[data-copy-target]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { copy(button); });
  });
})();
