// Admin: "Copy the link" buttons. The button names its field (data-copy-target) and the
// words to announce (data-copied); a static file, as the CSP forbids inline scripts.
document.querySelectorAll("[data-copy-target]").forEach(function (button) {
  var field = document.getElementById(button.dataset.copyTarget);
  var status = document.getElementById(button.dataset.copyStatus);
  button.hidden = false;
  button.addEventListener("click", function () {
    field.select();
    var done = function () { status.textContent = button.dataset.copied; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done, function () {
        document.execCommand("copy");
        done();
      });
    } else {
      document.execCommand("copy");
      done();
    }
  });
});
