(function () {
  var banner = document.querySelector('.cookie-banner');
  if (!banner) { return; }
  if (document.cookie.indexOf('cookie_notice=') >= 0) { banner.style.display = 'none'; return; }
  banner.addEventListener('click', function (e) {
    if (e.target.tagName !== 'BUTTON') { return; }
    var accepted = e.target.className.indexOf('accept') >= 0;
    document.cookie = 'cookie_notice=' + (accepted ? 'accepted' : 'declined') + ';max-age=31536000;path=/';
    banner.style.display = 'none';
  });
})();
